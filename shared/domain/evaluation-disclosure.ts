import { MIN_GROUP_SIZE } from './group-privacy';

/** Free-text comments are shown only from this many responses (a comment's wording can give its writer away). */
export const MIN_RESPONSES_FOR_COMMENTS = 10;

export interface Disclosure {
  scores: boolean;
  comments: boolean;
}

/**
 * What results may show for a set of `filtered` responses out of `total`:
 * scores from 5, comments from 10 — and neither when the responses the
 * filter leaves out are between 1 and 4, because the whole minus the
 * filtered would then show those few (a differencing attack). The same rule
 * holds for every filter, breakdown and period, so no combination of them
 * singles anyone out.
 *
 * @example disclosure(6, 20) // { scores: true, comments: false }
 * @example disclosure(6, 8)  // { scores: false, comments: false }: the other 2 would show
 */
export function disclosure(filtered: number, total: number): Disclosure {
  const rest = total - filtered;
  const restExposed = rest > 0 && rest < MIN_GROUP_SIZE;
  if (restExposed) return { scores: false, comments: false };
  return { scores: filtered >= MIN_GROUP_SIZE, comments: filtered >= MIN_RESPONSES_FOR_COMMENTS };
}

/**
 * The Net Promoter Score of 0–10 answers: % promoters (9–10) minus %
 * detractors (0–6), rounded; null without answers.
 *
 * @example netPromoterScore([10, 9, 8, 3]) // 25
 */
export function netPromoterScore(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const promoters = values.filter((v) => v >= 9).length;
  const detractors = values.filter((v) => v <= 6).length;
  return Math.round(((promoters - detractors) / values.length) * 100);
}

/** The mean rounded to one decimal; null without answers. */
export function meanOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
}
