import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDateIn } from '../../shared/domain/local-date';
import { computeStreak, MAX_FREEZES } from '../../shared/domain/streak';
import { activity, history, instantMs, referenceWeekIndex, zone } from './domain-helpers';

const HOUR = 3_600_000;

describe('computeStreak properties', () => {
  it('never loses counted weeks, nor its longest or current run, when an activity is added', () => {
    fc.assert(fc.property(history, activity, ({ activities, clock }, extra) => {
      const before = computeStreak(activities, clock);
      const after = computeStreak([...activities, extra], clock);
      expect(after.countedWeeks).toBeGreaterThanOrEqual(before.countedWeeks);
      expect(after.longest).toBeGreaterThanOrEqual(before.longest);
      expect(after.current).toBeGreaterThanOrEqual(before.current);
    }));
  });

  it('does not depend on the order or duplication of activities', () => {
    const shuffled = history.chain(({ activities, clock }) =>
      fc.record({
        activities: fc.constant(activities),
        clock: fc.constant(clock),
        reordered: fc.shuffledSubarray(activities, { minLength: activities.length, maxLength: activities.length }),
        repeated: fc.subarray(activities),
      }),
    );
    fc.assert(fc.property(shuffled, ({ activities, clock, reordered, repeated }) => {
      expect(computeStreak([...reordered, ...repeated], clock)).toEqual(computeStreak(activities, clock));
    }));
  });

  it('keeps its figures within bounds', () => {
    fc.assert(fc.property(history, ({ activities, clock }) => {
      const streak = computeStreak(activities, clock);
      expect(streak.current).toBeLessThanOrEqual(streak.countedWeeks);
      expect(streak.longest).toBeGreaterThanOrEqual(streak.current);
      expect(streak.longest).toBeLessThanOrEqual(streak.countedWeeks);
      expect(streak.freezesHeld).toBeGreaterThanOrEqual(0);
      expect(streak.freezesHeld).toBeLessThanOrEqual(MAX_FREEZES);
      if (streak.currentWeekDone) expect(streak.current).toBeGreaterThanOrEqual(1);
      if (streak.current === 0) expect(streak.frozenWeeks).toEqual([]);
      // Frozen weeks are ended weeks, oldest first, each once.
      expect([...streak.frozenWeeks].sort()).toEqual(streak.frozenWeeks);
      expect(new Set(streak.frozenWeeks).size).toBe(streak.frozenWeeks.length);
      for (const key of streak.frozenWeeks) expect(key < streak.currentWeek).toBe(true);
    }));
  });

  it('counts every week when someone learns at least every 30 hours, travelling all the while', () => {
    const everyFewHours = fc.record({
      start: instantMs,
      steps: fc.array(fc.record({ hours: fc.integer({ min: 1, max: 30 }), zone }), { minLength: 1, maxLength: 500 }),
      nowHours: fc.integer({ min: 0, max: 24 }),
      nowZone: zone,
    });
    fc.assert(
      fc.property(everyFewHours, ({ start, steps, nowHours, nowZone }) => {
        let at = start;
        const activities = steps.map(({ hours, zone: timeZone }) => ({ at: new Date((at += hours * HOUR)).toISOString(), timeZone }));
        const now = new Date(at + nowHours * HOUR).toISOString();
        const streak = computeStreak(activities, { now, timeZone: nowZone });
        // Weeks from the earliest activity's week to the current one, by the reference rule
        // (an activity in a week not yet begun where the person is now counts in the current week).
        const currentIndex = referenceWeekIndex(localDateIn(now, nowZone));
        const firstIndex = Math.min(currentIndex, ...activities.map((a) => referenceWeekIndex(localDateIn(a.at, a.timeZone))));
        const weeks = currentIndex - firstIndex + (streak.currentWeekDone ? 1 : 0);
        expect(streak).toMatchObject({ current: weeks, longest: weeks, countedWeeks: weeks, frozenWeeks: [] });
      }),
      { numRuns: 60 },
    );
  });
});
