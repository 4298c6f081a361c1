import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trainingsThisWeek, weekProgress } from '../../shared/domain/week-progress';

const clock = { now: '2026-03-04T12:00:00Z', timeZone: 'Europe/Amsterdam' }; // Wednesday of 2026-W10
const at = (instant: string, timeZone = 'Europe/Amsterdam') => ({ at: instant, timeZone });

describe('weekProgress', () => {
  it('counts this week’s activities against the goal', () => {
    const activities = [
      at('2026-03-01T22:59:00Z'), // Sunday 23:59 in Amsterdam: last week
      at('2026-03-01T23:00:00Z'), // Monday 00:00: this week
      at('2026-03-03T08:00:00Z'),
      at('2026-03-05T08:00:00Z'), // tomorrow: not yet
    ];
    expect(weekProgress(activities, { ...clock, goal: 3 })).toEqual({ week: '2026-W10', done: 2, goal: 3, fraction: 2 / 3, reached: false });
  });

  it('defaults to a goal of one and caps the fraction at 1', () => {
    const progress = weekProgress([at('2026-03-02T08:00:00Z'), at('2026-03-03T08:00:00Z')], clock);
    expect(progress).toMatchObject({ done: 2, goal: 1, fraction: 1, reached: true });
    expect(weekProgress([], clock)).toMatchObject({ done: 0, fraction: 0, reached: false });
  });

  it('places each activity by the zone it was done in', () => {
    // Sunday 1 March 20:00 in New York is Monday 02:00 in Amsterdam, but it happened last week.
    expect(weekProgress([at('2026-03-02T01:00:00Z', 'America/New_York')], clock).done).toBe(0);
  });

  it('refuses a goal that is not a whole number of at least 1', () => {
    for (const goal of [0, -1, 1.5]) expect(() => weekProgress([], { ...clock, goal })).toThrow(RangeError);
  });
});

describe('trainingsThisWeek', () => {
  const of = (itemId: string | null, instant = '2026-03-03T08:00:00Z') => ({ ...at(instant), itemId });

  it('counts one training with its question as one training done', () => {
    expect(trainingsThisWeek([of('lifting', '2026-03-03T08:00:00Z'), of('lifting', '2026-03-03T08:02:00Z')], clock)).toBe(1);
    expect(trainingsThisWeek([of('lifting'), of('hygiene')], clock)).toBe(2);
  });

  it('lands activities in weeks as the streak does, and counts one without a training on its own', () => {
    expect(trainingsThisWeek([of('lifting', '2026-03-01T22:59:00Z'), of(null), of(null), of('hygiene', '2026-03-05T08:00:00Z')], clock)).toBe(2);
  });

  it('is the number of distinct trainings this week, never more than the activities', () => {
    const activity = fc.record({ itemId: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: null }), day: fc.integer({ min: 0, max: 13 }) });
    fc.assert(
      fc.property(fc.array(activity, { maxLength: 20 }), (drafts) => {
        const activities = drafts.map((d) => of(d.itemId, new Date(Date.UTC(2026, 1, 23 + d.day, 10)).toISOString()));
        const thisWeek = drafts.filter((d) => d.day >= 7 && d.day <= 9);
        const expected = new Set(thisWeek.flatMap((d) => (d.itemId ? [d.itemId] : []))).size + thisWeek.filter((d) => !d.itemId).length;
        expect(trainingsThisWeek(activities, clock)).toBe(expected);
        expect(trainingsThisWeek(activities, clock)).toBeLessThanOrEqual(activities.length);
      }),
    );
  });
});
