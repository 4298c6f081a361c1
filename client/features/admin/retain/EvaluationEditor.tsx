import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { createEvaluationContract, updateEvaluationContract } from '../../../../shared/contracts/evaluations';
import { listItemsContract } from '../../../../shared/contracts/authoring';
import { adminPathsContract } from '../../../../shared/contracts/paths';
import { listCampaignsContract } from '../../../../shared/contracts/campaigns';
import type {
  AdminEvaluation,
  EvaluationInput,
  EvaluationQuestion,
  EvaluationTrigger,
  MAX_QUESTIONS,
  QUESTION_KINDS as Kinds,
  QuestionKind,
  SUGGESTED_QUESTIONS,
} from '../../../../shared/schemas/evaluations';
import type { Language } from '../../../../shared/schemas/common';
import { call } from '../../../app/api';
import { useApiData } from '../../../ui/use-api-data';
import { SaveStatus, SelectField, TextField, type SaveState } from '../fields';
import { useFormErrors } from '../form-errors';
import { noteSaved, takeSavedNote } from '../save-notice';
import { useUnsavedGuard } from '../use-unsaved-guard';
import { useRetainAdminText } from './retain-admin-text';

const LANGUAGES: Language[] = ['nl', 'en'];
// The schema's limits, as types only: a value import would make the evaluation schemas a chunk of their own, listed on
// the employee's first screen. The types make these the schema's own values (a different one does not compile).
const MAX: typeof MAX_QUESTIONS = 10;
const SUGGESTED: typeof SUGGESTED_QUESTIONS = 5;
const KINDS: typeof Kinds = ['likert', 'nps', 'choice', 'text'];
const TRIGGER_KINDS = ['periodic', 'after_training', 'after_path', 'after_activities', 'campaign_milestone'] as const;
type TriggerKind = (typeof TRIGGER_KINDS)[number];

/** The trigger of each kind the form starts from when L&D switches to it. */
const FIRST_TRIGGER: Record<TriggerKind, EvaluationTrigger> = {
  periodic: { kind: 'periodic', everyDays: 90 },
  after_training: { kind: 'after_training', itemId: '' },
  after_path: { kind: 'after_path', pathId: '' },
  after_activities: { kind: 'after_activities', count: 5 },
  campaign_milestone: { kind: 'campaign_milestone', campaignId: '', afterDays: 14 },
};

const emptyText = () => ({ nl: '', en: '' });
/** A question id the evaluation does not have yet: answers refer to it, so it never changes once made. */
const freshId = (questions: readonly EvaluationQuestion[]) => {
  for (let n = questions.length + 1; ; n += 1) if (!questions.some((q) => q.id === `q${n}`)) return `q${n}`;
};
const blankQuestion = (questions: readonly EvaluationQuestion[], kind: QuestionKind = 'likert'): EvaluationQuestion => ({
  id: freshId(questions),
  kind,
  text: emptyText(),
  options: kind === 'choice' ? [emptyText(), emptyText()] : [],
});

/**
 * Which input shows a field the server refused: `title.nl` → `eval-title-nl`,
 * `questions.2.text.en` → `q-2-text-en`, `questions.2.options.1.nl` →
 * `q-2-option-1-nl`, `trigger.everyDays` → `eval-trigger-everyDays`.
 */
export function evaluationFieldOf(path: string): string | undefined {
  const title = /^title\.(nl|en)$/.exec(path);
  if (title) return `eval-title-${title[1]}`;
  const text = /^questions\.(\d+)\.text\.(nl|en)$/.exec(path);
  if (text) return `q-${text[1]}-text-${text[2]}`;
  const option = /^questions\.(\d+)\.options\.(\d+)\.(nl|en)$/.exec(path);
  if (option) return `q-${option[1]}-option-${option[2]}-${option[3]}`;
  const kind = /^questions\.(\d+)\.kind$/.exec(path);
  if (kind) return `q-${kind[1]}-kind`;
  const trigger = /^trigger\.(\w+)$/.exec(path);
  if (trigger) return trigger[1] === 'kind' ? 'eval-trigger-kind' : `eval-trigger-${trigger[1]}`;
  return undefined;
}

/**
 * Builds or changes an evaluation: its title in both languages, about five
 * questions (at most ten) of the kinds the server knows, when it appears,
 * and whether it is open. Once someone answered, the questions stay as they
 * are (results would mix answers to different questions); trigger, title and
 * status can still change.
 */
export function EvaluationEditor({ evaluation }: { evaluation: AdminEvaluation | null }) {
  const { t, language } = useRetainAdminText();
  const { route } = useLocation();
  const [title, setTitle] = useState(evaluation?.title ?? emptyText());
  const [questions, setQuestions] = useState<EvaluationQuestion[]>(() => evaluation?.questions ?? [blankQuestion([])]);
  const [trigger, setTrigger] = useState<EvaluationTrigger>(evaluation?.trigger ?? FIRST_TRIGGER.periodic);
  const [status, setEvaluationStatus] = useState<EvaluationInput['status']>(evaluation?.status ?? 'draft');
  const [save, setSave] = useState<SaveState>(() => (evaluation && takeSavedNote(`/admin/evaluations/${evaluation.id}`) ? { kind: 'saved' } : { kind: 'idle' }));
  const errors = useFormErrors(evaluationFieldOf);
  const fixed = (evaluation?.responses ?? 0) > 0;

  const body: EvaluationInput = { title, questions, trigger, status };
  const [savedBody, setSavedBody] = useState(() => JSON.stringify(body));
  useUnsavedGuard(JSON.stringify(body) !== savedBody, t('ra.edit.unsaved'));

  const change = (index: number, patch: Partial<EvaluationQuestion>) => setQuestions(questions.map((q, i) => (i === index ? { ...q, ...patch } : q)));
  const setKind = (index: number, kind: QuestionKind) => {
    const current = questions[index];
    const options = kind === 'choice' ? (current && current.options.length >= 2 ? current.options : [emptyText(), emptyText()]) : [];
    change(index, { kind, options });
  };
  const move = (index: number, by: -1 | 1) => {
    const next = [...questions];
    const [moved] = next.splice(index, 1);
    if (moved) next.splice(index + by, 0, moved);
    setQuestions(next);
    requestAnimationFrame(() => document.getElementById(`q-${index + by}-${by < 0 ? 'up' : 'down'}`)?.focus());
  };
  const remove = (index: number) => {
    setQuestions(questions.filter((_, i) => i !== index));
    requestAnimationFrame(() => document.getElementById('q-add')?.focus());
  };
  const add = () => {
    setQuestions([...questions, blankQuestion(questions)]);
    requestAnimationFrame(() => document.getElementById(`q-${questions.length}-text-${language}`)?.focus());
  };

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    setSave({ kind: 'saving' });
    try {
      if (evaluation) await call(updateEvaluationContract, { params: { id: evaluation.id }, body });
      else {
        const created = await call(createEvaluationContract, { body });
        noteSaved(`/admin/evaluations/${created.id}`);
        setSavedBody(JSON.stringify(body));
        route(`/admin/evaluations/${created.id}`, true);
        return;
      }
      errors.clear();
      setSavedBody(JSON.stringify(body));
      setSave({ kind: 'saved' });
    } catch (e) {
      setSave({ kind: 'error', message: errors.report(e) });
    }
  }

  return (
    <form class="card section stack evaluation-editor" onSubmit={(e) => void submit(e)} aria-labelledby="evaluation-editor-title" noValidate>
      <a href="/admin/evaluations">{t('ra.edit.back')}</a>
      <h2 id="evaluation-editor-title">{t(evaluation ? 'ra.edit.title' : 'ra.edit.new')}</h2>
      {LANGUAGES.map((l) => (
        <TextField key={l} id={`eval-title-${l}`} label={t(`ra.edit.name.${l}`)} value={title[l]} required error={errors.errorOf(`eval-title-${l}`)} onInput={(v) => setTitle({ ...title, [l]: v })} />
      ))}

      <fieldset class="admin-fieldset stack">
        <legend>{t('ra.edit.questions')}</legend>
        <p class="hint" id="eval-questions-hint">
          {fixed ? t('ra.edit.fixed') : t('ra.edit.count', { n: questions.length, suggested: SUGGESTED, max: MAX })}
        </p>
        <ol class="eval-questions">
          {questions.map((q, index) => (
            <li key={q.id} class="card stack eval-question">
              <QuestionFields index={index} question={q} fixed={fixed} count={questions.length} errorOf={errors.errorOf} onChange={(patch) => change(index, patch)} onKind={(kind) => setKind(index, kind)} onMove={(by) => move(index, by)} onRemove={() => remove(index)} />
            </li>
          ))}
        </ol>
        {!fixed && (
          <button id="q-add" type="button" class="button button-secondary" disabled={questions.length >= MAX} aria-describedby="eval-questions-hint" onClick={add}>
            {t('ra.edit.add')}
          </button>
        )}
      </fieldset>

      <TriggerFields trigger={trigger} onChange={setTrigger} errorOf={errors.errorOf} />

      <fieldset class="admin-fieldset">
        <legend>{t('ra.edit.status')}</legend>
        <div class="admin-checks">
          {(['draft', 'open', 'closed'] as const).map((s) => (
            <label key={s} class="admin-check">
              <input type="radio" name="evaluation-status" checked={status === s} onChange={() => setEvaluationStatus(s)} />
              {t(`ra.eval.status.${s}`)}
            </label>
          ))}
        </div>
        <p class="hint">{t('ra.edit.statusHint')}</p>
      </fieldset>

      <div class="admin-actions">
        <button type="submit" class="button button-primary" disabled={save.kind === 'saving'}>
          {t('ra.edit.save')}
        </button>
      </div>
      <SaveStatus status={save} />
    </form>
  );
}

function QuestionFields(props: {
  index: number;
  question: EvaluationQuestion;
  fixed: boolean;
  count: number;
  errorOf: (id: string) => string | undefined;
  onChange: (patch: Partial<EvaluationQuestion>) => void;
  onKind: (kind: QuestionKind) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useRetainAdminText();
  const { index, question: q, fixed } = props;
  const prefix = `q-${index}`;
  const number = index + 1;
  const setOption = (o: number, l: Language, value: string) => props.onChange({ options: q.options.map((option, i) => (i === o ? { ...option, [l]: value } : option)) });
  return (
    <fieldset class="stack" disabled={fixed}>
      <legend>{t('ra.edit.question', { n: number })}</legend>
      <SelectField id={`${prefix}-kind`} label={t('ra.edit.kind')} value={q.kind} options={KINDS.map((kind) => ({ value: kind, label: t(`ra.edit.kind.${kind}`) }))} onChange={(v) => props.onKind(v as QuestionKind)} />
      {LANGUAGES.map((l) => (
        <TextField key={l} id={`${prefix}-text-${l}`} label={t(`ra.edit.text.${l}`)} value={q.text[l]} required error={props.errorOf(`${prefix}-text-${l}`)} onInput={(v) => props.onChange({ text: { ...q.text, [l]: v } })} />
      ))}
      {q.kind === 'choice' && (
        <div class="stack">
          {q.options.map((option, o) => (
            <div key={o} class="eval-option">
              {LANGUAGES.map((l) => (
                <TextField key={l} id={`${prefix}-option-${o}-${l}`} label={t(`ra.edit.option.${l}`, { n: o + 1 })} value={option[l]} required error={props.errorOf(`${prefix}-option-${o}-${l}`)} onInput={(v) => setOption(o, l, v)} />
              ))}
              <button type="button" class="button button-secondary" disabled={q.options.length <= 2} onClick={() => props.onChange({ options: q.options.filter((_, i) => i !== o) })}>
                {t('ra.edit.removeOption', { n: o + 1 })}
              </button>
            </div>
          ))}
          <button type="button" class="button button-secondary" disabled={q.options.length >= 8} onClick={() => props.onChange({ options: [...q.options, emptyText()] })}>
            {t('ra.edit.addOption')}
          </button>
        </div>
      )}
      {q.kind !== 'choice' && <p class="hint">{t(`ra.edit.scale.${q.kind}`)}</p>}
      {!fixed && (
        <div class="admin-actions">
          <button id={`${prefix}-up`} type="button" class="button button-secondary" disabled={index === 0} aria-label={t('ra.edit.up', { n: number })} onClick={() => props.onMove(-1)}>
            ↑
          </button>
          <button id={`${prefix}-down`} type="button" class="button button-secondary" disabled={index === props.count - 1} aria-label={t('ra.edit.down', { n: number })} onClick={() => props.onMove(1)}>
            ↓
          </button>
          <button type="button" class="button button-danger" disabled={props.count <= 1} onClick={props.onRemove}>
            {t('ra.edit.remove', { n: number })}
          </button>
        </div>
      )}
    </fieldset>
  );
}

/** When the card appears; each kind asks only for what it needs. */
function TriggerFields({ trigger, onChange, errorOf }: { trigger: EvaluationTrigger; onChange: (next: EvaluationTrigger) => void; errorOf: (id: string) => string | undefined }) {
  const { t, language } = useRetainAdminText();
  const items = useApiData(listItemsContract);
  const paths = useApiData(adminPathsContract);
  const campaigns = useApiData(listCampaignsContract);
  const number = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));
  const itemOptions = items.state.status === 'ready' ? items.state.data.items.map((i) => ({ value: i.id, label: (i.texts.find((x) => x.language === language) ?? i.texts[0])?.title ?? i.id })) : [];
  const pathOptions = paths.state.status === 'ready' ? paths.state.data.paths.map((p) => ({ value: p.id, label: p.title[language] || p.title.nl || p.title.en })) : [];
  const campaignOptions = campaigns.state.status === 'ready' ? campaigns.state.data.campaigns.map((c) => ({ value: c.id, label: c.name })) : [];
  return (
    <fieldset class="admin-fieldset stack">
      <legend>{t('ra.edit.trigger')}</legend>
      <SelectField id="eval-trigger-kind" label={t('ra.edit.triggerKind')} value={trigger.kind} options={TRIGGER_KINDS.map((kind) => ({ value: kind, label: t(`ra.edit.trigger.${kind}`) }))} onChange={(v) => onChange(FIRST_TRIGGER[v as TriggerKind])} />
      {trigger.kind === 'periodic' && (
        <TextField id="eval-trigger-everyDays" type="number" label={t('ra.edit.everyDays')} value={Number.isNaN(trigger.everyDays) ? '' : String(trigger.everyDays)} error={errorOf('eval-trigger-everyDays')} describedBy="eval-trigger-everyDays-hint" onInput={(v) => onChange({ ...trigger, everyDays: number(v) })}>
          <p id="eval-trigger-everyDays-hint" class="hint">
            {t('ra.edit.everyDaysHint')}
          </p>
        </TextField>
      )}
      {trigger.kind === 'after_activities' && (
        <TextField id="eval-trigger-count" type="number" label={t('ra.edit.count.activities')} value={Number.isNaN(trigger.count) ? '' : String(trigger.count)} error={errorOf('eval-trigger-count')} onInput={(v) => onChange({ ...trigger, count: number(v) })} />
      )}
      {trigger.kind === 'after_training' && <Choice id="eval-trigger-itemId" label={t('ra.edit.training')} value={trigger.itemId} options={itemOptions} error={errorOf('eval-trigger-itemId')} onChange={(itemId) => onChange({ ...trigger, itemId })} />}
      {trigger.kind === 'after_path' && <Choice id="eval-trigger-pathId" label={t('ra.edit.path')} value={trigger.pathId} options={pathOptions} error={errorOf('eval-trigger-pathId')} onChange={(pathId) => onChange({ ...trigger, pathId })} />}
      {trigger.kind === 'campaign_milestone' && (
        <>
          <Choice id="eval-trigger-campaignId" label={t('ra.edit.campaign')} value={trigger.campaignId} options={campaignOptions} error={errorOf('eval-trigger-campaignId')} onChange={(campaignId) => onChange({ ...trigger, campaignId })} />
          <TextField id="eval-trigger-afterDays" type="number" label={t('ra.edit.afterDays')} value={Number.isNaN(trigger.afterDays) ? '' : String(trigger.afterDays)} error={errorOf('eval-trigger-afterDays')} onInput={(v) => onChange({ ...trigger, afterDays: number(v) })} />
        </>
      )}
    </fieldset>
  );
}

/** A required choice from a list, marked when the server refused it. */
function Choice(props: { id: string; label: string; value: string; options: Array<{ value: string; label: string }>; error?: string; onChange: (value: string) => void }) {
  const { t } = useRetainAdminText();
  const errorId = `${props.id}-error`;
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} aria-invalid={props.error ? true : undefined} aria-describedby={props.error ? errorId : undefined} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <option value="" selected={props.value === ''}>
          {t('ra.edit.choose')}
        </option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value} selected={o.value === props.value}>
            {o.label}
          </option>
        ))}
      </select>
      {props.error && (
        <p id={errorId} class="error-text">
          {props.error}
        </p>
      )}
    </div>
  );
}
