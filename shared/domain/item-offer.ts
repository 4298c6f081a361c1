import type { LearningEvent } from '../schemas/events';
import { pointsFor, type PointValues } from './points';

/**
 * What one training can give points for: its questions (a micro-training's
 * question cards, in any of its languages) and its parts (a macro-training's).
 * An event naming anything else was made up on the device, so it earns
 * nothing; with one award per question, part and completion, a person's
 * points from a training can never exceed maxPointsOf(offer).
 */
export interface ItemOffer {
  readonly questionIds: ReadonlySet<string>;
  /** How many parts (numbered from 1); 0 for a training without parts. */
  readonly parts: number;
}

export type OfferRejection = 'unknown_question' | 'unknown_part';

/**
 * Why the event names something the training does not have, or null when it does not.
 *
 * @example offerRejection({ kind: 'macro_part_done', part: 4 }, { questionIds: new Set(), parts: 3 }) // 'unknown_part'
 */
export function offerRejection(event: Pick<LearningEvent, 'kind' | 'questionId' | 'part'>, offer: ItemOffer): OfferRejection | null {
  if (event.kind === 'question_answered' && !offer.questionIds.has(event.questionId ?? '')) return 'unknown_question';
  if (event.kind === 'macro_part_done' && !(event.part !== undefined && event.part >= 1 && event.part <= offer.parts)) return 'unknown_part';
  return null;
}

/**
 * The most a training can ever give one person: its completion, each question answered right once, each part once.
 *
 * @example maxPointsOf({ questionIds: new Set(['q1', 'q2']), parts: 0 }) // 10 + 2 × 2 = 14
 */
export function maxPointsOf(offer: ItemOffer, values?: PointValues): number {
  return pointsFor('training_completed', values) + offer.questionIds.size * pointsFor('question_answered', values) + offer.parts * pointsFor('macro_part_done', values);
}
