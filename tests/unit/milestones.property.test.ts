import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { awardMilestone, longestRun, milestoneReachedAt } from '../../shared/domain/milestones';
import { midweek } from './domain-helpers';

const period = { start: '2026-01-01T00:00:00.000Z', end: '2027-01-01T00:00:00.000Z' };
const weekKeyOf = (n: number) => `2026-W${String(n).padStart(2, '0')}`;

describe('milestoneReachedAt', () => {
  it('is the first activity of the week that completes the first run of n weeks in a row', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.integer({ min: 2, max: 51 }), { maxLength: 40 }), fc.integer({ min: 1, max: 12 }), (weeks, n) => {
      const sorted = [...weeks].sort((a, b) => a - b);
      const activities = sorted.map((w) => midweek(weekKeyOf(w)));
      let run = 0;
      const completing = sorted.find((w, i) => (run = i > 0 && sorted[i - 1] === w - 1 ? run + 1 : 1) >= n);
      const expected = completing === undefined ? null : new Date(midweek(weekKeyOf(completing)).at).toISOString();
      expect(milestoneReachedAt(activities, period, n)).toBe(expected);
    }));
  });

  it('ten weeks in a row earn it; a missed week in between does not', () => {
    const ten = Array.from({ length: 10 }, (_, i) => midweek(weekKeyOf(i + 10)));
    expect(milestoneReachedAt(ten, period, 10)).toBe(new Date(midweek(weekKeyOf(19)).at).toISOString());
    expect(milestoneReachedAt(ten.filter((_, i) => i !== 4), period, 10)).toBeNull();
  });
});

describe('awardMilestone', () => {
  const reached = fc.uniqueArray(
    fc.record({ personId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), reachedAt: fc.integer({ min: 0, max: 20 }).map((h) => new Date(Date.UTC(2026, 5, 1, h)).toISOString()) }),
    { selector: (r) => r.personId },
  );
  const awarded = fc.subarray(['a', 'b', 'c', 'd', 'e', 'f']).map((l) => new Set(l));

  it('awards at most the stock left, only to new people who reached it, earliest first', () => {
    fc.assert(fc.property(reached, awarded, fc.integer({ min: 0, max: 8 }), (list, already, stock) => {
      const winners = awardMilestone(list, already, stock);
      const candidates = list.filter((r) => !already.has(r.personId));
      expect(winners).toHaveLength(Math.min(stock, candidates.length));
      for (const id of winners) expect(already.has(id)).toBe(false);
      const winnerTimes = winners.map((id) => Date.parse(list.find((r) => r.personId === id)?.reachedAt ?? ''));
      for (const loser of candidates.filter((r) => !winners.includes(r.personId))) {
        for (const t of winnerTimes) expect(t).toBeLessThanOrEqual(Date.parse(loser.reachedAt));
      }
    }));
  });

  it('more stock never takes a prize away from someone', () => {
    fc.assert(fc.property(reached, awarded, fc.integer({ min: 0, max: 8 }), (list, already, stock) => {
      const fewer = awardMilestone(list, already, stock);
      const more = awardMilestone(list, already, stock + 1);
      expect(more.slice(0, fewer.length)).toEqual(fewer);
    }));
  });
});

describe('longestRun', () => {
  it('is the longest stretch of consecutive counted weeks, and reaching n weeks means a run of at least n', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.integer({ min: 2, max: 51 }), { maxLength: 40 }), fc.integer({ min: 1, max: 12 }), (weeks, n) => {
      const activities = weeks.map((w) => midweek(weekKeyOf(w)));
      const run = longestRun(activities, period);
      expect(milestoneReachedAt(activities, period, n) !== null).toBe(run >= n);
    }));
  });
});
