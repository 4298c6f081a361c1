import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { LearningItem, MicroCard, MicroContent } from '../../../shared/schemas/learning';
import { useFeatureText } from '../../app/i18n';
import type { ActivityInput } from '../../sync/record-activity';
import { QuestionCard } from './QuestionCard';
import { trainingText } from './training-text';

/**
 * A micro-training, one card at a time. Every step goes to `record` (the
 * outbox first, so a training done on the shop floor without signal counts
 * too). The training's title and summary (`intro`) show on the first card
 * only, and the card's action bar stays on screen, so every step's button
 * is in view on a small phone. `done` is what shows once it is finished
 * (at once with `finished`: landing on a training just claimed).
 */
export function MicroPlayer({
  item,
  content,
  intro,
  done,
  record,
  finished: landedFinished = false,
}: {
  finished?: boolean;
  item: LearningItem;
  content: MicroContent;
  intro: ComponentChildren;
  done: ComponentChildren;
  record: (input: ActivityInput) => Promise<void>;
}) {
  const { t } = useFeatureText(trainingText);
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [finished, setFinished] = useState(landedFinished);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const started = useRef(false);

  useEffect(() => {
    if (started.current || item.completed || landedFinished) return;
    started.current = true;
    void record({ kind: 'training_started', itemId: item.id });
  }, [item.id]);

  useLayoutEffect(() => {
    // A new card starts at its top, with the focus on its heading (keyboard and screen-reader users land on it),
    // before it is painted: a key pressed on the new card never goes to the previous card's button.
    if (index > 0) window.scrollTo({ top: 0 });
    headingRef.current?.focus({ preventScroll: true });
  }, [index]);

  if (finished) return <>{done}</>;

  const card = content.cards[index] as MicroCard;
  const isLast = index === content.cards.length - 1;
  const answered = card.kind === 'question' ? answers[card.id] !== undefined : true;

  async function answer(questionId: string, option: number, correct: boolean) {
    setAnswers((a) => ({ ...a, [questionId]: option }));
    await record({ kind: 'question_answered', itemId: item.id, questionId, correct });
  }

  async function finish() {
    await record({ kind: 'training_completed', itemId: item.id });
    setFinished(true);
  }

  return (
    <>
      {index === 0 ? intro : <h1 id="training-title" class="visually-hidden">{item.title}</h1>}
      <section class="player card" aria-labelledby="card-heading">
        <div class="player-progress" aria-hidden="true">
          {content.cards.map((c, i) => (
            <span key={i} class={i <= index ? 'dot dot-on' : 'dot'} />
          ))}
        </div>
        <p class="hint">{t('training.progress', { current: index + 1, total: content.cards.length })}</p>
        {card.kind === 'text' ? (
          <div class="stack">
            <h2 id="card-heading" tabIndex={-1} ref={headingRef}>
              {card.title ?? t('training.kind.micro')}
            </h2>
            {card.imageUrl && <img src={card.imageUrl} alt={card.imageAlt ?? ''} loading="lazy" />}
            <p class="card-body">{card.body}</p>
          </div>
        ) : (
          <QuestionCard card={card} headingRef={headingRef} chosen={answers[card.id]} onAnswer={(option, correct) => answer(card.id, option, correct)} />
        )}
        <div class="player-actions">
          {index > 0 && (
            <button type="button" class="button button-secondary" onClick={() => setIndex(index - 1)}>
              {t('training.previous')}
            </button>
          )}
          {isLast ? (
            <button type="button" class="button button-primary" disabled={!answered} onClick={finish}>
              {t('training.finish')}
            </button>
          ) : (
            <button type="button" class="button button-primary" disabled={!answered} onClick={() => setIndex(index + 1)}>
              {t('training.next')}
            </button>
          )}
        </div>
      </section>
    </>
  );
}
