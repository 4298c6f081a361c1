import type { RefObject } from 'preact';
import type { MicroCard } from '../../../shared/schemas/learning';
import { useFeatureText } from '../../app/i18n';
import { trainingText } from './training-text';

type Question = Extract<MicroCard, { kind: 'question' }>;

/** A question with large answer buttons; after a tap, the feedback for that answer. */
export function QuestionCard({
  card,
  chosen,
  onAnswer,
  headingRef,
}: {
  card: Question;
  chosen: number | undefined;
  onAnswer: (option: number, correct: boolean) => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useFeatureText(trainingText);
  const picked = chosen === undefined ? undefined : card.options[chosen];
  return (
    <fieldset class="question">
      <legend>
        <h2 id="card-heading" tabIndex={-1} ref={headingRef}>
          {card.prompt}
        </h2>
      </legend>
      <div class="options">
        {card.options.map((option, i) => {
          const state = chosen === undefined ? '' : option.correct ? ' option-correct' : i === chosen ? ' option-wrong' : '';
          return (
            <button
              key={i}
              type="button"
              class={`option${state}`}
              aria-pressed={chosen === i}
              // aria-disabled, not disabled: a disabled button drops the keyboard focus the person just used to answer.
              aria-disabled={chosen !== undefined}
              onClick={() => chosen === undefined && onAnswer(i, option.correct)}
            >
              {option.text}
            </button>
          );
        })}
      </div>
      <div aria-live="polite" class="feedback">
        {picked && (
          // Brought into view above the player's action bar, which would otherwise cover it on a small phone.
          <p class={picked.correct ? 'feedback-correct' : 'feedback-wrong'} ref={(p) => p?.scrollIntoView({ block: 'nearest' })}>
            <strong>{picked.correct ? t('training.question.correct') : t('training.question.wrong')}</strong> {picked.feedback}
          </p>
        )}
      </div>
    </fieldset>
  );
}
