import { describe, expect, it } from 'vitest';
import { weekProgress } from '../../shared/domain/week-progress';

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
