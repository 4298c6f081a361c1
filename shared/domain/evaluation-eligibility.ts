/** A cap across every evaluation: a person is asked at most once in this many days. */
export const EVALUATION_GAP_DAYS = 30;
const DAY_MS = 86_400_000;

/** That a person took part in one round of an evaluation (never what they answered). */
export interface Participation {
  evaluationId: string;
  round: number;
  shownAt: string;
  dismissedAt: string | null;
  remindedAt: string | null;
  respondedOn: string | null;
}

/** An open evaluation whose trigger holds for the person now, in its current round. */
export interface DueEvaluation {
  evaluationId: string;
  round: number;
}

export type EvaluationToShow = { evaluationId: string; round: number; isNew: boolean; reminder: boolean } | null;

/** Still waiting for an answer: not answered, and not dismissed since the last reminder (a reminder is the one second chance). */
function stillOpen(p: Participation): boolean {
  if (p.respondedOn !== null) return false;
  if (p.dismissedAt === null) return true;
  return p.remindedAt !== null && p.remindedAt > p.dismissedAt;
}

/**
 * Which evaluation card to show a person, if any. One already shown and
 * still open comes first (it was asked, so showing it again asks nothing
 * new); a new one starts only when the person was not shown any evaluation
 * in the last 30 days, across all evaluations.
 *
 * @example nextEvaluation([{ evaluationId: 'b', round: 0 }], [{ evaluationId: 'a', round: 0, shownAt: '2026-03-01T09:00:00Z', dismissedAt: null, remindedAt: null, respondedOn: '2026-03-01' }], new Date('2026-03-10T09:00:00Z')) // null
 */
export function nextEvaluation(due: readonly DueEvaluation[], participations: readonly Participation[], now: Date): EvaluationToShow {
  const isDue = (p: Participation) => due.some((d) => d.evaluationId === p.evaluationId && d.round === p.round);
  const open = participations.find((p) => isDue(p) && stillOpen(p));
  if (open) return { evaluationId: open.evaluationId, round: open.round, isNew: false, reminder: open.remindedAt !== null };
  const lastShown = Math.max(...participations.map((p) => Date.parse(p.shownAt)), Number.NEGATIVE_INFINITY);
  if (now.getTime() - lastShown < EVALUATION_GAP_DAYS * DAY_MS) return null;
  const fresh = due.find((d) => !participations.some((p) => p.evaluationId === d.evaluationId && p.round === d.round));
  return fresh ? { ...fresh, isNew: true, reminder: false } : null;
}
