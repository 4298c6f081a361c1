import { useEffect, useRef, useState } from 'preact/hooks';
import type { LearningItem, MicroCard, MicroContent } from '../../../shared/schemas/learning';
import type { Me } from '../../../shared/schemas/people';
import { useFeatureText } from '../../app/i18n';
import { recordActivity } from '../../sync/record-activity';
import { useSync } from '../../sync/SyncProvider';
import { QuestionCard } from './QuestionCard';
import { TrainingDone } from './TrainingDone';
import { trainingText } from './training-text';

/**
 * A micro-training, one card at a time. Every step is written to the outbox
 * first, so a training done on the shop floor without signal counts too.
 */
export function MicroPlayer({ me, item, content }: { me: Me; item: LearningItem; content: MicroContent }) {
  const { t } = useFeatureText(trainingText);
  const { scheduler } = useSync();
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [finished, setFinished] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const started = useRef(false);

  const record = async (input: Parameters<typeof recordActivity>[1]) => {
    await recordActivity(me.id, input);
    scheduler.requestSync();
  };

  useEffect(() => {
    if (started.current || item.completed) return;
    started.current = true;
    void record({ kind: 'training_started', itemId: item.id });
  }, [item.id]);

  useEffect(() => headingRef.current?.focus(), [index]);

  if (finished) return <TrainingDone item={item} />;

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
  );
}
