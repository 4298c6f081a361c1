import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareWeeks, isoWeekOf, nextWeek, parseWeekKey, previousWeek, weekKey, weeksInYear } from '../../shared/domain/iso-week';
import { referenceIsoWeek } from './domain-helpers';

const keyOf = (year: number, month: number, day: number): string => weekKey(isoWeekOf({ year, month, day }));

describe('isoWeekOf', () => {
  it.each([
    [2020, 12, 31, '2020-W53'],
    [2021, 1, 3, '2020-W53'],
    [2021, 1, 4, '2021-W01'],
    [2024, 12, 29, '2024-W52'],
    [2024, 12, 30, '2025-W01'],
    [2026, 1, 1, '2026-W01'],
    [2026, 12, 31, '2026-W53'],
    [2027, 1, 1, '2026-W53'],
    [2027, 1, 3, '2026-W53'],
    [2027, 1, 4, '2027-W01'],
    [2026, 3, 1, '2026-W09'],
    [2008, 12, 29, '2009-W01'],
    [2010, 1, 3, '2009-W53'],
  ])('%i-%i-%i is in %s', (year, month, day, key) => {
    expect(keyOf(year, month, day)).toBe(key);
  });

  it('refuses what is not a calendar date', () => {
    expect(() => isoWeekOf({ year: 2025, month: 2, day: 29 })).toThrow(RangeError);
    expect(() => isoWeekOf({ year: 2026, month: 13, day: 1 })).toThrow(RangeError);
    expect(() => isoWeekOf({ year: 2026, month: 1, day: 1.5 })).toThrow(RangeError);
    expect(isoWeekOf({ year: 2024, month: 2, day: 29 })).toEqual({ year: 2024, week: 9 });
  });
});

describe('weeksInYear', () => {
  it('gives 53 weeks to years that start on Thursday, or on Wednesday in a leap year', () => {
    expect(weeksInYear(2026)).toBe(53); // starts on Thursday
    expect(weeksInYear(2020)).toBe(53); // leap year starting on Wednesday
    expect(weeksInYear(2019)).toBe(52); // starts on Tuesday
    expect(weeksInYear(2025)).toBe(52); // starts on Wednesday, not a leap year
    expect(weeksInYear(2027)).toBe(52);
  });
});

describe('week keys and steps', () => {
  it('steps over week 53 and year ends', () => {
    expect(nextWeek({ year: 2026, week: 52 })).toEqual({ year: 2026, week: 53 });
    expect(nextWeek({ year: 2026, week: 53 })).toEqual({ year: 2027, week: 1 });
    expect(nextWeek({ year: 2025, week: 52 })).toEqual({ year: 2026, week: 1 });
    expect(previousWeek({ year: 2021, week: 1 })).toEqual({ year: 2020, week: 53 });
    expect(previousWeek({ year: 2026, week: 1 })).toEqual({ year: 2025, week: 52 });
  });

  it('writes and reads keys', () => {
    expect(weekKey({ year: 2026, week: 9 })).toBe('2026-W09');
    expect(parseWeekKey('2020-W53')).toEqual({ year: 2020, week: 53 });
    for (const bad of ['2021-W53', '2026-W00', '2026-W9', '2026W09', '']) expect(() => parseWeekKey(bad)).toThrow(RangeError);
  });
});

const calendarDate = fc
  .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
  .map((d) => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }));

describe('properties', () => {
  it('agrees with the Thursday rule for dates 1990–2100', () => {
    fc.assert(fc.property(calendarDate, (date) => {
      expect(isoWeekOf(date)).toEqual(referenceIsoWeek(date));
    }));
  });

  it('agrees with the Thursday rule on the number of weeks: 28 December is always in the last week', () => {
    fc.assert(fc.property(fc.integer({ min: 1990, max: 2100 }), (year) => {
      expect(weeksInYear(year)).toBe(referenceIsoWeek({ year, month: 12, day: 28 }).week);
    }));
  });

  it('steps forth and back to the same week, and keys round-trip and sort', () => {
    fc.assert(fc.property(calendarDate, (date) => {
      const week = isoWeekOf(date);
      expect(previousWeek(nextWeek(week))).toEqual(week);
      expect(nextWeek(previousWeek(week))).toEqual(week);
      expect(parseWeekKey(weekKey(week))).toEqual(week);
      expect(compareWeeks(week, nextWeek(week))).toBeLessThan(0);
      expect(weekKey(week) < weekKey(nextWeek(week))).toBe(true);
    }));
  });

  it('puts Monday to Sunday in one week, and the next Monday in the next week', () => {
    fc.assert(fc.property(calendarDate, ({ year, month, day }) => {
      const start = new Date(Date.UTC(year, month - 1, day));
      start.setUTCDate(start.getUTCDate() - ((start.getUTCDay() + 6) % 7)); // back to Monday
      const dayAfter = (n: number) => {
        const d = new Date(start.getTime() + n * 86_400_000);
        return isoWeekOf({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
      };
      const week = dayAfter(0);
      for (let n = 1; n < 7; n++) expect(dayAfter(n)).toEqual(week);
      expect(dayAfter(7)).toEqual(nextWeek(week));
    }));
  });
});
