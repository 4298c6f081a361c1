import { useEffect, useRef, useState } from 'preact/hooks';
import { dismissEvaluationContract, myEvaluationContract, respondEvaluationContract, shownEvaluationContract } from '../../../shared/contracts/evaluations';
import type { EvaluationAnswer, MyEvaluation } from '../../../shared/schemas/evaluations';
import { call } from '../../app/api';
import { useApiData } from '../../ui/use-api-data';
import { useRetainText } from './use-retain-text';

type Question = NonNullable<MyEvaluation['evaluation']>['questions'][number];

const scaleOf = (q: Question) => (q.kind === 'likert' ? [1, 2, 3, 4, 5] : q.kind === 'nps' ? [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] : q.options.map((_, i) => i));

/** The evaluation card on the home: a few questions, anonymous, dismissable; one per 30 days at most (the server decides). */
export function EvaluationCard() {
  const { t } = useRetainText();
  const { state } = useApiData(myEvaluationContract);
  const [done, setDone] = useState<'answered' | 'dismissed' | null>(null);
  const [values, setValues] = useState<Record<string, number | string>>({});
  const evaluation = state.status === 'ready' ? state.data.evaluation : null;
  // Reading the card changes nothing on the server; once it is on screen, saying so starts its round (and the 30 days).
  // Answering or dismissing waits for that, so it never comes before it.
  const shown = useRef<{ id: string; said: Promise<unknown> } | null>(null);
  const evaluationId = evaluation?.id ?? null;
  useEffect(() => {
    if (evaluationId && shown.current?.id !== evaluationId) {
      shown.current = { id: evaluationId, said: call(shownEvaluationContract, { params: { id: evaluationId } }).catch(() => undefined) };
    }
  }, [evaluationId]);
  if (!evaluation || done === 'dismissed') return null;
  if (done === 'answered') {
    return (
      <section class="section card" aria-live="polite">
        <p>{t('retain.eval.thanks')}</p>
      </section>
    );
  }
  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (!evaluation) return;
    const answers = Object.entries(values).flatMap(([questionId, value]): EvaluationAnswer[] =>
      typeof value === 'number' ? [{ questionId, value }] : value.trim() ? [{ questionId, text: value.trim() }] : [],
    );
    await shown.current?.said;
    await call(respondEvaluationContract, { params: { id: evaluation.id }, body: { answers } }).then(() => setDone('answered'));
  }
  async function dismiss() {
    if (!evaluation) return;
    setDone('dismissed');
    await shown.current?.said;
    await call(dismissEvaluationContract, { params: { id: evaluation.id } }).catch(() => undefined);
  }
  return (
    <form class="section card stack evaluation-card" onSubmit={(e) => void submit(e)} aria-labelledby="evaluation-title">
      <h2 id="evaluation-title">{evaluation.title}</h2>
      <p class="hint">{evaluation.reminder ? `${t('retain.eval.reminder')} ` : ''}{t('retain.eval.anonymous')}</p>
      {evaluation.questions.map((q) =>
        q.kind === 'text' ? (
          <div class="field" key={q.id}>
            <label for={`eval-${q.id}`}>{q.text}</label>
            <textarea id={`eval-${q.id}`} rows={3} maxLength={1000} onInput={(e) => setValues({ ...values, [q.id]: e.currentTarget.value })} />
          </div>
        ) : (
          <fieldset class="scale" key={q.id}>
            <legend>{q.text}</legend>
            <div class="scale-options">
              {scaleOf(q).map((value) => (
                <label key={value} class="scale-option">
                  <input type="radio" name={`eval-${q.id}`} value={value} checked={values[q.id] === value} onChange={() => setValues({ ...values, [q.id]: value })} />
                  <span>{q.kind === 'choice' ? q.options[value] : value}</span>
                </label>
              ))}
            </div>
            {q.kind !== 'choice' && (
              <p class="hint scale-ends" aria-hidden="true">
                <span>{q.kind === 'nps' ? t('retain.eval.npsLow') : t('retain.eval.low')}</span>
                <span>{q.kind === 'nps' ? t('retain.eval.npsHigh') : t('retain.eval.high')}</span>
              </p>
            )}
          </fieldset>
        ),
      )}
      <div class="story-actions">
        <button type="submit" class="button button-primary">
          {t('retain.eval.send')}
        </button>
        <button type="button" class="button button-secondary" onClick={() => void dismiss()}>
          {t('retain.eval.later')}
        </button>
      </div>
    </form>
  );
}
