import { describe, expect, it } from 'vitest';
import { isoWeekOf, weekKey } from '../../shared/domain/iso-week';
import { localDateIn, toInstant } from '../../shared/domain/local-date';

const weekIn = (instant: string, zone: string): string => weekKey(isoWeekOf(localDateIn(instant, zone)));

describe('localDateIn', () => {
  // Amsterdam: CET (+1) until 2026-03-29T01:00Z, CEST (+2) until 2026-10-25T01:00Z.
  it.each([
    ['2026-03-29T00:30:00Z', 29, '2026-W13', 'Sunday 01:30 CET, just before the clocks go forward'],
    ['2026-03-29T21:59:00Z', 29, '2026-W13', 'Sunday 23:59 CEST'],
    ['2026-03-29T22:30:00Z', 30, '2026-W14', 'Monday 00:30 CEST: 22:30Z is already Monday in summer time'],
    ['2026-10-25T00:30:00Z', 25, '2026-W43', 'Sunday 02:30 CEST, the first of the repeated hour'],
    ['2026-10-25T01:30:00Z', 25, '2026-W43', 'Sunday 02:30 CET, the second'],
    ['2026-10-25T22:30:00Z', 25, '2026-W43', 'Sunday 23:30 CET: the same 22:30Z is still Sunday in winter time'],
    ['2026-10-25T23:00:00Z', 26, '2026-W44', 'Monday 00:00 CET'],
  ])('Europe/Amsterdam at %s is day %i, %s (%s)', (instant, day, key) => {
    expect(localDateIn(instant, 'Europe/Amsterdam').day).toBe(day);
    expect(weekIn(instant, 'Europe/Amsterdam')).toBe(key);
  });

  it('puts one instant in different weeks on either side of the date line', () => {
    // Sunday 11:30 UTC, end of the first ISO week of 2026.
    const instant = '2026-01-04T11:30:00Z';
    expect(localDateIn(instant, 'Pacific/Pago_Pago')).toEqual({ year: 2026, month: 1, day: 4 }); // Sunday 00:30 (−11)
    expect(localDateIn(instant, 'Pacific/Auckland')).toEqual({ year: 2026, month: 1, day: 5 }); // Monday 00:30 (+13, summer)
    expect(localDateIn(instant, 'Pacific/Kiritimati')).toEqual({ year: 2026, month: 1, day: 5 }); // Monday 01:30 (+14)
    expect(weekIn(instant, 'Pacific/Pago_Pago')).toBe('2026-W01');
    expect(weekIn(instant, 'Pacific/Auckland')).toBe('2026-W02');
    expect(weekIn(instant, 'Pacific/Kiritimati')).toBe('2026-W02');
  });

  it('finds the Sunday-night and Monday-morning boundary in each zone', () => {
    expect(weekIn('2026-01-04T09:59:00Z', 'Pacific/Kiritimati')).toBe('2026-W01'); // Sunday 23:59
    expect(weekIn('2026-01-04T10:00:00Z', 'Pacific/Kiritimati')).toBe('2026-W02'); // Monday 00:00
    expect(weekIn('2026-01-04T10:59:00Z', 'Pacific/Auckland')).toBe('2026-W01'); // Sunday 23:59 NZDT
    expect(weekIn('2026-07-05T11:59:00Z', 'Pacific/Auckland')).toBe('2026-W27'); // Sunday 23:59 NZST (+12)
    expect(weekIn('2026-07-05T12:00:00Z', 'Pacific/Auckland')).toBe('2026-W28');
    expect(weekIn('2026-01-05T10:59:00Z', 'Pacific/Pago_Pago')).toBe('2026-W01'); // Sunday 23:59, Monday in UTC
    expect(weekIn('2026-01-05T11:00:00Z', 'Pacific/Pago_Pago')).toBe('2026-W02');
    expect(weekIn('2026-01-04T18:29:00Z', 'Asia/Kolkata')).toBe('2026-W01'); // Sunday 23:59 (+5:30)
    expect(weekIn('2026-01-04T18:30:00Z', 'Asia/Kolkata')).toBe('2026-W02');
  });

  it('takes Dates and instants with an offset', () => {
    expect(localDateIn(new Date('2026-12-31T23:30:00Z'), 'Europe/Amsterdam')).toEqual({ year: 2027, month: 1, day: 1 });
    expect(localDateIn('2027-01-01T00:30:00+01:00', 'UTC')).toEqual({ year: 2026, month: 12, day: 31 });
  });

  it('refuses instants without a zone, nonsense, and unknown zones', () => {
    // Without Z or offset JavaScript reads the machine's own zone: results would differ per device.
    expect(() => toInstant('2026-03-29T00:30:00')).toThrow(RangeError);
    expect(() => toInstant('2026-03-29')).toThrow(RangeError);
    expect(() => toInstant('2026-02-30T25:00:00Z')).toThrow(RangeError);
    expect(() => toInstant(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => localDateIn('2026-03-29T00:30:00Z', 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});
