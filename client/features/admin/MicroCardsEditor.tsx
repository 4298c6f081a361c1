import type { Language } from '../../../shared/schemas/common';
import type { MicroCard } from '../../../shared/schemas/learning';
import { ImageUpload } from './ImageUpload';
import { TextField } from './fields';
import { move, useAdminText } from './use-admin';

/** A refused field's message by its input's id (useFormErrors' errorOf). */
type ErrorOf = (id: string) => string | undefined;

type QuestionCard = Extract<MicroCard, { kind: 'question' }>;

/** A new micro-training starts with a text card and a question, so the shape is clear at once. */
export function starterCards(): MicroCard[] {
  return [{ kind: 'text', title: '', body: '' }, newQuestion(), { kind: 'text', title: '', body: '' }];
}

function newQuestion(): QuestionCard {
  return {
    kind: 'question',
    id: `q${Math.random().toString(36).slice(2, 8)}`,
    prompt: '',
    options: [
      { text: '', correct: true, feedback: '' },
      { text: '', correct: false, feedback: '' },
    ],
  };
}

/**
 * The cards of a micro-training in one language: text cards (with an
 * optional image) and questions with feedback per answer. Reordered with
 * "move up/down" buttons — reachable by keyboard and screen reader, no
 * dragging needed.
 */
export function MicroCardsEditor(props: { language: Language; cards: MicroCard[]; onChange: (cards: MicroCard[]) => void; errorOf: ErrorOf }) {
  const { language, cards, onChange, errorOf } = props;
  const { t } = useAdminText();
  const set = (index: number, card: MicroCard) => onChange(cards.map((c, i) => (i === index ? card : c)));
  return (
    <fieldset class="admin-fieldset admin-cards">
      <legend>{t('admin.cards.title', { language: t(`admin.lang.${language}`) })}</legend>
      <p class="hint">{t('admin.cards.hint')}</p>
      <ol class="admin-card-list">
        {cards.map((card, index) => {
          const prefix = `${language}-card-${index}`;
          const position = t('admin.cards.position', { n: index + 1, total: cards.length });
          return (
            <li key={card.kind === 'question' ? card.id : `text-${index}`} class="admin-card" aria-label={position}>
              <div class="admin-card-head">
                <span class="eyebrow">{position}</span>
                <div class="admin-actions">
                  <button type="button" class="button button-secondary" aria-label={`${t('admin.moveUp')}: ${position}`} disabled={index === 0} onClick={() => onChange(move(cards, index, -1))}>
                    {t('admin.moveUp')}
                  </button>
                  <button type="button" class="button button-secondary" aria-label={`${t('admin.moveDown')}: ${position}`} disabled={index === cards.length - 1} onClick={() => onChange(move(cards, index, 1))}>
                    {t('admin.moveDown')}
                  </button>
                  <button type="button" class="button button-secondary" aria-label={`${t('admin.remove')}: ${position}`} onClick={() => onChange(cards.filter((_, i) => i !== index))}>
                    {t('admin.remove')}
                  </button>
                </div>
              </div>
              {card.kind === 'text' ? (
                <>
                  <TextField id={`${prefix}-title`} error={errorOf(`${prefix}-title`)} label={t('admin.cards.cardTitle')} value={card.title ?? ''} onInput={(title) => set(index, { ...card, title })} />
                  <TextField id={`${prefix}-body`} error={errorOf(`${prefix}-body`)} label={t('admin.cards.body')} value={card.body} multiline required onInput={(body) => set(index, { ...card, body })} />
                  <ImageUpload id={`${prefix}-image`} url={card.imageUrl ?? null} onUploaded={(imageUrl) => set(index, { ...card, imageUrl })} />
                  {card.imageUrl && <TextField id={`${prefix}-alt`} error={errorOf(`${prefix}-alt`)} label={t('admin.cards.imageAlt')} value={card.imageAlt ?? ''} onInput={(imageAlt) => set(index, { ...card, imageAlt })} />}
                </>
              ) : (
                <QuestionFields prefix={prefix} card={card} errorOf={errorOf} onChange={(next) => set(index, next)} />
              )}
            </li>
          );
        })}
      </ol>
      <div class="admin-actions">
        <button type="button" class="button button-secondary" disabled={cards.length >= 7} onClick={() => onChange([...cards, { kind: 'text', title: '', body: '' }])}>
          {t('admin.cards.addText')}
        </button>
        <button type="button" class="button button-secondary" disabled={cards.length >= 7} onClick={() => onChange([...cards, newQuestion()])}>
          {t('admin.cards.addQuestion')}
        </button>
      </div>
    </fieldset>
  );
}

function QuestionFields({ prefix, card, onChange, errorOf }: { prefix: string; card: QuestionCard; onChange: (card: QuestionCard) => void; errorOf: ErrorOf }) {
  const { t } = useAdminText();
  const setOption = (index: number, patch: Partial<QuestionCard['options'][number]>) => onChange({ ...card, options: card.options.map((o, i) => (i === index ? { ...o, ...patch } : o)) });
  return (
    <>
      <TextField id={`${prefix}-prompt`} error={errorOf(`${prefix}-prompt`)} label={t('admin.cards.prompt')} value={card.prompt} multiline required onInput={(prompt) => onChange({ ...card, prompt })} />
      {card.options.map((option, index) => (
        <div key={index} class="admin-option">
          <TextField id={`${prefix}-option-${index}`} error={errorOf(`${prefix}-option-${index}`)} label={t('admin.cards.option', { n: index + 1 })} value={option.text} required onInput={(text) => setOption(index, { text })} />
          <CorrectBox id={`${prefix}-correct-${index}`} error={errorOf(`${prefix}-correct-${index}`)} checked={option.correct} onChange={(correct) => setOption(index, { correct })} />
          <TextField id={`${prefix}-feedback-${index}`} error={errorOf(`${prefix}-feedback-${index}`)} label={t('admin.cards.feedback', { n: index + 1 })} value={option.feedback} onInput={(feedback) => setOption(index, { feedback })} />
        </div>
      ))}
      <button type="button" class="button button-secondary" disabled={card.options.length >= 5} onClick={() => onChange({ ...card, options: [...card.options, { text: '', correct: false, feedback: '' }] })}>
        {t('admin.cards.addOption')}
      </button>
    </>
  );
}

/** Whether an answer is right; marked refused (with its reason beside it) when a question has no right answer. */
function CorrectBox({ id, checked, error, onChange }: { id: string; checked: boolean; error: string | undefined; onChange: (correct: boolean) => void }) {
  const { t } = useAdminText();
  return (
    <>
      <label class="admin-check" for={id}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
        />
        {t('admin.cards.correct')}
      </label>
      {error && (
        <p id={`${id}-error`} class="error-text">
          {t('admin.cards.noCorrect')}
        </p>
      )}
    </>
  );
}
