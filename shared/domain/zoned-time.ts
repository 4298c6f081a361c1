import type { LocalDate } from './iso-week';

/**
 * Wall-clock time in an IANA zone ↔ instants, with the platform's own tz data
 * (Intl), so the browser and the server agree without a date library.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export interface LocalDateTime extends LocalDate {
  /** Minutes since local midnight, 0–1439. */
  minutes: number;
}

/**
 * What a wall clock in `timeZone` showed at `instant`.
 *
 * @example wallClockAt(new Date('2026-03-29T01:30:00Z'), 'Europe/Amsterdam') // { year: 2026, month: 3, day: 29, minutes: 210 }
 */
export function wallClockAt(instant: Date, timeZone: string): LocalDateTime {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day'), minutes: part('hour') * 60 + part('minute') };
}

/**
 * The zone's offset from UTC at `instant`, in minutes (east positive).
 *
 * @example offsetMinutesAt(new Date('2026-07-01T00:00:00Z'), 'Europe/Amsterdam') // 120
 */
export function offsetMinutesAt(instant: Date, timeZone: string): number {
  const wall = wallClockAt(instant, timeZone);
  const wallMs = Date.UTC(wall.year, wall.month - 1, wall.day) + wall.minutes * 60_000;
  const instantMinute = Math.floor(instant.getTime() / 60_000) * 60_000;
  return Math.round((wallMs - instantMinute) / 60_000);
}

const DAY_MS = 86_400_000;

/**
 * The instant a wall clock in `timeZone` shows `local`, read as RFC 5545 does:
 * a time that occurs twice (autumn) means the first; a time skipped by the
 * spring change is read with the offset before the gap (02:30 → 03:30 CEST).
 *
 * @example zonedToInstant({ year: 2026, month: 3, day: 29, minutes: 150 }, 'Europe/Amsterdam').toISOString() // '2026-03-29T01:30:00.000Z'
 */
export function zonedToInstant(local: LocalDateTime, timeZone: string): Date {
  const wallMs = Date.UTC(local.year, local.month - 1, local.day) + local.minutes * 60_000;
  const before = offsetMinutesAt(new Date(wallMs - DAY_MS), timeZone);
  const after = offsetMinutesAt(new Date(wallMs + DAY_MS), timeZone);
  const candidates = [before, after]
    .map((offset) => wallMs - offset * 60_000)
    .filter((ms) => sameWall(wallClockAt(new Date(ms), timeZone), local))
    .sort((a, b) => a - b);
  return new Date(candidates[0] ?? wallMs - before * 60_000);
}

function sameWall(a: LocalDateTime, b: LocalDateTime): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day && a.minutes === b.minutes;
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  const day = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The calendar date `days` after `date`. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day) + days * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 'YYYY-MM-DD'. */
export function formatLocalDate({ year, month, day }: LocalDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
