import type { LocalDate } from './iso-week';

/**
 * Turning instants into wall-calendar dates with the platform's own time-zone
 * data (Intl), so neither the browser bundle nor the server carries a date
 * library, and both agree as long as their tz data does.
 */

// Building a DateTimeFormat costs far more than using one, and streaks map
// every activity of a person; the number of IANA zones bounds the cache.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Pin calendar and digits so no default locale can give a Buddhist year or Arabic numerals.
    formatter = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

// A date-time without Z or an offset is read in the machine's own zone, which
// would make a streak depend on the device that computes it: refuse it.
const explicitOffset = /T.*(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;

/**
 * The instant a Date or an ISO-8601 string with Z or an offset names; throws a RangeError otherwise.
 *
 * @example toInstant('2026-03-29T00:30:00Z').getTime() // 1774744200000
 * @example toInstant('2026-03-29T00:30:00')            // throws: no zone, so no instant
 */
export function toInstant(instant: string | Date): Date {
  if (typeof instant === 'string' && !explicitOffset.test(instant)) {
    throw new RangeError(`Not an ISO-8601 instant with Z or an offset: ${instant}`);
  }
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a valid instant: ${String(instant)}`);
  return date;
}

/**
 * The calendar date a wall clock in `timeZone` showed at `instant`.
 * Throws a RangeError for an unknown time zone.
 *
 * @example localDateIn('2026-03-29T22:30:00Z', 'Europe/Amsterdam') // { year: 2026, month: 3, day: 30 }
 * @example localDateIn('2026-01-04T11:30:00Z', 'Pacific/Pago_Pago') // { year: 2026, month: 1, day: 4 }
 */
export function localDateIn(instant: string | Date, timeZone: string): LocalDate {
  const parts = formatterFor(timeZone).formatToParts(toInstant(instant));
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}
