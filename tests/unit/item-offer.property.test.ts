import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { awardKey } from '../../shared/domain/award-key';
import { maxPointsOf, offerRejection, type ItemOffer } from '../../shared/domain/item-offer';
import { pointsFor } from '../../shared/domain/points';
import type { LearningEvent } from '../../shared/schemas/events';

const offer: ItemOffer = { questionIds: new Set(['q1', 'q2', 'q3']), parts: 4 };

const eventAboutTheItem = fc.oneof(
  fc.record({ kind: fc.constant('question_answered' as const), questionId: fc.constantFrom('q1', 'q2', 'q3', 'q4', 'made-up'), correct: fc.boolean() }),
  fc.record({ kind: fc.constant('macro_part_done' as const), part: fc.integer({ min: 1, max: 100 }) }),
  fc.record({ kind: fc.constant('training_completed' as const) }),
);

describe('what a training offers', () => {
  it('keeps any batch of accepted events, one award per key, within what the training can give', () => {
    fc.assert(
      fc.property(fc.array(eventAboutTheItem, { maxLength: 300 }), (drafts) => {
        const events: Pick<LearningEvent, 'kind' | 'itemId' | 'questionId' | 'correct' | 'part'>[] = drafts.map((d) => ({ itemId: 'item', ...d }));
        const awarded = new Map<string, number>();
        for (const event of events.filter((e) => offerRejection(e, offer) === null)) {
          const key = awardKey({ teaserId: undefined, ...event });
          if (key && !awarded.has(key)) awarded.set(key, pointsFor(event));
        }
        expect([...awarded.values()].reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(maxPointsOf(offer));
      }),
    );
  });

  it('names what the event made up', () => {
    expect(offerRejection({ kind: 'question_answered', questionId: 'q9' }, offer)).toBe('unknown_question');
    expect(offerRejection({ kind: 'macro_part_done', part: 5 }, offer)).toBe('unknown_part');
    expect(offerRejection({ kind: 'macro_part_done', part: 4 }, offer)).toBeNull();
    expect(maxPointsOf(offer)).toBe(10 + 3 * 2 + 4 * 10);
  });
});
