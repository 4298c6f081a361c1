import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countedWeeksIn, raffleTickets } from '../../shared/domain/raffle';
import { activity, midweek } from './domain-helpers';

const period = { start: '2025-01-01T00:00:00.000Z', end: '2027-01-01T00:00:00.000Z' };
const rule = fc.record({ perWeek: fc.integer({ min: 1, max: 3 }), cap: fc.integer({ min: 0, max: 30 }) });
const activities = fc.array(activity, { maxLength: 40 });

describe('raffleTickets', () => {
  it('is perWeek per counted week in the period, capped', () => {
    fc.assert(fc.property(activities, rule, (list, r) => {
      const weeks = countedWeeksIn(list, period).length;
      expect(raffleTickets(list, period, r)).toBe(Math.min(r.cap, weeks * r.perWeek));
    }));
  });

  it('never exceeds the cap and never drops when someone learns more', () => {
    fc.assert(fc.property(activities, activity, rule, (list, extra, r) => {
      const before = raffleTickets(list, period, r);
      expect(before).toBeLessThanOrEqual(r.cap);
      expect(raffleTickets([...list, extra], period, r)).toBeGreaterThanOrEqual(before);
    }));
  });

  it('gives no more for a second activity in the same week', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 52 }), (week) => {
      const key = `2026-W${String(week).padStart(2, '0')}`;
      const once = [midweek(key)];
      expect(raffleTickets([...once, ...once, midweek(key, 'UTC')], period, { perWeek: 1, cap: 10 })).toBe(1);
    }));
  });

  it('ignores learning outside the period', () => {
    const outside = [midweek('2024-W10'), midweek('2027-W05')];
    expect(raffleTickets(outside, period, { perWeek: 1, cap: 10 })).toBe(0);
  });
});
