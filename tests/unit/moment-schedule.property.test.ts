import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWithinWorkingTime, minutesOf, nextOccurrence, weekStartInstant } from '../../shared/domain/moment-schedule';
import { isoWeekday, offsetMinutesAt, wallClockAt, zonedToInstant } from '../../shared/domain/zoned-time';

const zones = ['Europe/Amsterdam', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'America/Santiago', 'Pacific/Chatham', 'UTC'];
const instant = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true });
const slot = fc.record({
  weekdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
  startTime: fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
  durationMinutes: fc.integer({ min: 5, max: 240 }),
});

describe('nextOccurrence (property)', () => {
  it('is after `after`, within 8 days, on a chosen weekday, at the start time (or just past a skipped hour)', () => {
    fc.assert(
      fc.property(slot, fc.constantFrom(...zones), instant, (s, zone, after) => {
        const next = nextOccurrence(s, zone, after);
        expect(next).not.toBeNull();
        if (!next) return;
        expect(next.getTime()).toBeGreaterThan(after.getTime());
        expect(next.getTime() - after.getTime()).toBeLessThanOrEqual(8 * 86_400_000);
        const local = wallClockAt(next, zone);
        expect(s.weekdays).toContain(isoWeekday(local));
        const gap = local.minutes - minutesOf(s.startTime);
        // 0, or the length of a spring-forward gap (30 or 60 minutes in these zones).
        expect([0, 30, 60]).toContain(gap);
      }),
      { numRuns: 500 },
    );
  });

  it('skips no occurrence: nothing between `after` and the next one is an occurrence', () => {
    fc.assert(
      fc.property(slot, fc.constantFrom(...zones), instant, (s, zone, after) => {
        const next = nextOccurrence(s, zone, after);
        if (!next) return;
        // Asking again from a minute before the found one gives the same one.
        expect(nextOccurrence(s, zone, new Date(next.getTime() - 60_000))?.getTime()).toBe(next.getTime());
        // And asking from midway gives it too.
        const mid = new Date(Math.floor((after.getTime() + next.getTime()) / 2));
        expect(nextOccurrence(s, zone, mid)?.getTime()).toBe(next.getTime());
      }),
      { numRuns: 300 },
    );
  });
});

describe('zoned time (property)', () => {
  it('zonedToInstant inverts wallClockAt, choosing the first of a repeated autumn hour', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), instant, (zone, at) => {
        const minute = new Date(Math.floor(at.getTime() / 60_000) * 60_000);
        const back = zonedToInstant(wallClockAt(minute, zone), zone);
        expect(wallClockAt(back, zone)).toEqual(wallClockAt(minute, zone));
        expect(back.getTime()).toBeLessThanOrEqual(minute.getTime());
        expect(minute.getTime() - back.getTime()).toBeLessThanOrEqual(60 * 60_000);
      }),
      { numRuns: 500 },
    );
  });

  it('the week starts on a Monday at local midnight, at most 7 days earlier', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), instant, (zone, at) => {
        const start = weekStartInstant(at, zone);
        expect(start.getTime()).toBeLessThanOrEqual(at.getTime());
        expect(at.getTime() - start.getTime()).toBeLessThan(7 * 86_400_000 + 3_600_000);
        expect(isoWeekday(wallClockAt(start, zone))).toBe(1);
      }),
    );
  });
});

describe('examples across DST', () => {
  const tuesday10 = { weekdays: [2], startTime: '10:00', durationMinutes: 30 };
  it('Amsterdam: 09:00Z in winter, 08:00Z in summer', () => {
    expect(nextOccurrence(tuesday10, 'Europe/Amsterdam', new Date('2026-03-23T00:00:00Z'))?.toISOString()).toBe('2026-03-24T09:00:00.000Z');
    expect(nextOccurrence(tuesday10, 'Europe/Amsterdam', new Date('2026-03-30T00:00:00Z'))?.toISOString()).toBe('2026-03-31T08:00:00.000Z');
  });
  it('a start in the spring gap is read with the offset before it (02:30 → 03:30 CEST)', () => {
    const sunday0230 = { weekdays: [7], startTime: '02:30', durationMinutes: 30 };
    expect(nextOccurrence(sunday0230, 'Europe/Amsterdam', new Date('2026-03-28T12:00:00Z'))?.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(offsetMinutesAt(new Date('2026-03-29T01:30:00Z'), 'Europe/Amsterdam')).toBe(120);
  });
  it('working time: office hours on working days, not on days off', () => {
    const rules = { workingDays: [1, 2, 3, 4, 5], workStart: '08:00', workEnd: '18:00', daysOff: ['2026-12-25'] };
    expect(isWithinWorkingTime(new Date('2026-03-24T09:00:00Z'), 'Europe/Amsterdam', rules)).toBe(true);
    expect(isWithinWorkingTime(new Date('2026-03-24T17:00:00Z'), 'Europe/Amsterdam', rules)).toBe(false);
    expect(isWithinWorkingTime(new Date('2026-03-28T09:00:00Z'), 'Europe/Amsterdam', rules)).toBe(false);
    expect(isWithinWorkingTime(new Date('2026-12-25T09:00:00Z'), 'Europe/Amsterdam', rules)).toBe(false);
  });
});
