import { isoWeekday, offsetMinutesAt } from '../../../shared/domain/zoned-time';
import { formatLocal } from './ics-text';

/*
 * A VTIMEZONE for an IANA zone, derived from the runtime's tz data: the
 * zone's transitions in the given year are found by bisecting Intl offsets,
 * and each becomes a yearly rule ("last Sunday of March at 02:00"). That is
 * what Outlook and Google need to place a weekly event right in every
 * season; a zone whose rules change in later years would need a new file.
 */

const HOUR = 3_600_000;
const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

interface Transition {
  at: Date;
  from: number;
  to: number;
}

/** The instants in `year` at which the zone's UTC offset changes. */
export function transitionsIn(timeZone: string, year: number): Transition[] {
  const transitions: Transition[] = [];
  const end = Date.UTC(year + 1, 0, 1);
  let cursor = Date.UTC(year, 0, 1);
  let offset = offsetMinutesAt(new Date(cursor), timeZone);
  // Steps of a day find every change (zones change at most a few times a year); bisection pins it to the minute.
  while (cursor < end) {
    const next = cursor + 24 * HOUR;
    const nextOffset = offsetMinutesAt(new Date(next), timeZone);
    if (nextOffset !== offset) {
      let low = cursor;
      let high = next;
      while (high - low > 60_000) {
        const mid = Math.floor((low + high) / 2 / 60_000) * 60_000;
        if (offsetMinutesAt(new Date(mid), timeZone) === offset) low = mid;
        else high = mid;
      }
      transitions.push({ at: new Date(high), from: offset, to: nextOffset });
      offset = nextOffset;
    }
    cursor = next;
  }
  return transitions;
}

/** The VTIMEZONE content lines for `timeZone`, using the rules in force in `year`. */
export function vtimezoneLines(timeZone: string, year: number): string[] {
  const transitions = transitionsIn(timeZone, year);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  if (transitions.length === 0) {
    const offset = offsetMinutesAt(new Date(Date.UTC(year, 0, 1)), timeZone);
    lines.push('BEGIN:STANDARD', 'DTSTART:19700101T000000', `TZOFFSETFROM:${formatOffset(offset)}`, `TZOFFSETTO:${formatOffset(offset)}`, 'END:STANDARD');
  }
  for (const transition of transitions) {
    const kind = transition.to > transition.from ? 'DAYLIGHT' : 'STANDARD';
    // The rule names the wall-clock time before the change, as the zone's own people read it.
    const wallMs = new Date(transition.at.getTime() + transition.from * 60_000);
    const wall = { year: wallMs.getUTCFullYear(), month: wallMs.getUTCMonth() + 1, day: wallMs.getUTCDate() };
    const minutes = wallMs.getUTCHours() * 60 + wallMs.getUTCMinutes();
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${formatLocal({ year: 1970, month: wall.month, day: firstMatchingDay(1970, wall) }, minutes)}`,
      `RRULE:FREQ=YEARLY;BYMONTH=${wall.month};BYDAY=${weekdayPosition(wall)}${WEEKDAY_CODES[isoWeekday(wall) - 1]}`,
      `TZOFFSETFROM:${formatOffset(transition.from)}`,
      `TZOFFSETTO:${formatOffset(transition.to)}`,
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

/** '-1' for the last such weekday of the month, else '1'…'4'. */
function weekdayPosition(date: { year: number; month: number; day: number }): string {
  const daysInMonth = new Date(Date.UTC(date.year, date.month, 0)).getUTCDate();
  return date.day + 7 > daysInMonth ? '-1' : String(Math.ceil(date.day / 7));
}

/** The day in `year` that the same yearly rule picks, so DTSTART is itself an occurrence of its RRULE. */
function firstMatchingDay(year: number, date: { year: number; month: number; day: number }): number {
  const weekday = isoWeekday(date);
  const position = weekdayPosition(date);
  const daysInMonth = new Date(Date.UTC(year, date.month, 0)).getUTCDate();
  const matches: number[] = [];
  for (let day = 1; day <= daysInMonth; day += 1) if (isoWeekday({ year, month: date.month, day }) === weekday) matches.push(day);
  return (position === '-1' ? matches.at(-1) : matches[Number(position) - 1]) ?? 1;
}

/** @example formatOffset(120) // '+0200' */
function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}
