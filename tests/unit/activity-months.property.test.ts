import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figuresOfMonth, isFoldable, monthOf, monthsBetween, monthStart, nextMonth, previousMonth, type ActivityRecord } from '../../shared/domain/activity-months';

const DAY = 86_400_000;
const record = fc.record({
  personId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'),
  at: fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2026, 11, 31) }).map((ms) => new Date(ms).toISOString()),
  kind: fc.constantFrom('training_completed', 'question_answered', 'teaser_opened'),
});

describe('monthly funnel figures', () => {
  it('a month counts only its own activity and the month before: deleting older records leaves it unchanged', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 200 }), fc.array(record.map((r) => r.at), { maxLength: 20 }), fc.integer({ min: 2, max: 34 }), (activity, joins, index) => {
        const month = monthsBetween('2024-01', '2026-12')[index] ?? '2025-06';
        const keptFrom = monthStart(previousMonth(month));
        const kept: ActivityRecord[] = activity.filter((r) => r.at >= keptFrom);
        expect(figuresOfMonth(month, kept, joins)).toEqual(figuresOfMonth(month, activity, joins));
      }),
    );
  });

  it('retained never exceeds active, and active never exceeds the people active that month', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 200 }), (activity) => {
        for (const month of ['2024-06', '2025-01', '2026-03']) {
          const figures = figuresOfMonth(month, activity, []);
          expect(figures.retained).toBeLessThanOrEqual(figures.active);
          expect(figures.active).toBe(new Set(activity.filter((r) => monthOf(r.at) === month).map((r) => r.personId)).size);
        }
      }),
    );
  });

  it('a month is folded only once it ended and late phones had their 30 days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 34 }), fc.integer({ min: -40, max: 40 }), (index, offsetDays) => {
        const month = monthsBetween('2024-01', '2026-12')[index] ?? '2025-01';
        const boundary = Date.parse(monthStart(nextMonth(month))) + 30 * DAY;
        expect(isFoldable(month, new Date(boundary + offsetDays * DAY), 30 * DAY)).toBe(offsetDays >= 0);
      }),
    );
  });
});
