/**
 * ISO-8601 weeks (Monday to Sunday, week 1 holds the year's first Thursday),
 * computed with integer arithmetic on calendar dates. Learning weeks are
 * calendar weeks, not 7 × 24 hours, so nothing here knows about instants or
 * time zones: see local-date.ts for turning an instant into a calendar date.
 */

/** A calendar date as someone's wall calendar shows it; month and day count from 1. */
export interface LocalDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** An ISO week: `year` is the ISO week-numbering year, which differs from the calendar year around New Year. */
export interface IsoWeek {
  readonly year: number;
  readonly week: number;
}

/**
 * @example isLeapYear(2024) // true
 * @example isLeapYear(2100) // false
 */
export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/**
 * Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's
 * days_from_civil). Used instead of Date.UTC, which maps years 0–99 to the 1900s.
 */
function daysSinceEpoch({ year, month, day }: LocalDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYearFromMarch = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYearFromMarch;
  return era * 146097 + dayOfEra - 719468;
}

/** 1 = Monday … 7 = Sunday; 1970-01-01 was a Thursday. */
function isoWeekday(date: LocalDate): number {
  return ((((daysSinceEpoch(date) + 3) % 7) + 7) % 7) + 1;
}

/**
 * 53 when the year starts on a Thursday, or on a Wednesday in a leap year
 * (then its last day is a Thursday too); else 52.
 *
 * @example weeksInYear(2026) // 53
 * @example weeksInYear(2025) // 52
 */
export function weeksInYear(year: number): number {
  const jan1 = isoWeekday({ year, month: 1, day: 1 });
  return jan1 === 4 || (jan1 === 3 && isLeapYear(year)) ? 53 : 52;
}

const daysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function assertValidDate(date: LocalDate): void {
  const { year, month, day } = date;
  const monthLength = month === 2 && isLeapYear(year) ? 29 : daysInMonth[month - 1];
  const valid = [year, month, day].every(Number.isInteger) && monthLength !== undefined && day >= 1 && day <= monthLength;
  if (!valid) throw new RangeError(`Not a calendar date: ${JSON.stringify(date)}`);
}

/**
 * The ISO week a calendar date falls in.
 *
 * @example isoWeekOf({ year: 2021, month: 1, day: 3 })   // { year: 2020, week: 53 }
 * @example isoWeekOf({ year: 2024, month: 12, day: 30 }) // { year: 2025, week: 1 }
 */
export function isoWeekOf(date: LocalDate): IsoWeek {
  assertValidDate(date);
  const ordinal = daysSinceEpoch(date) - daysSinceEpoch({ year: date.year, month: 1, day: 1 }) + 1;
  // The week of this date's Thursday, counted from the year's first Thursday.
  const week = Math.floor((ordinal - isoWeekday(date) + 10) / 7);
  if (week < 1) return { year: date.year - 1, week: weeksInYear(date.year - 1) };
  if (week > weeksInYear(date.year)) return { year: date.year + 1, week: 1 };
  return { year: date.year, week };
}

/**
 * The week's key, as stored and shown: four-digit year, `-W`, two-digit week.
 * Keys of years 1000–9999 sort in calendar order as plain strings.
 *
 * @example weekKey({ year: 2026, week: 9 }) // '2026-W09'
 */
export function weekKey({ year, week }: IsoWeek): string {
  return `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}

/**
 * The week a key names; throws a RangeError for a malformed key or a week the year does not have.
 *
 * @example parseWeekKey('2020-W53') // { year: 2020, week: 53 }
 * @example parseWeekKey('2021-W53') // throws: 2021 has 52 weeks
 */
export function parseWeekKey(key: string): IsoWeek {
  const match = /^(\d{4})-W(\d{2})$/.exec(key);
  const week = { year: Number(match?.[1]), week: Number(match?.[2]) };
  if (!match || week.week < 1 || week.week > weeksInYear(week.year)) throw new RangeError(`Not an ISO week key: ${key}`);
  return week;
}

/**
 * @example nextWeek({ year: 2026, week: 53 }) // { year: 2027, week: 1 }
 */
export function nextWeek({ year, week }: IsoWeek): IsoWeek {
  return week < weeksInYear(year) ? { year, week: week + 1 } : { year: year + 1, week: 1 };
}

/**
 * @example previousWeek({ year: 2027, week: 1 }) // { year: 2026, week: 53 }
 */
export function previousWeek({ year, week }: IsoWeek): IsoWeek {
  return week > 1 ? { year, week: week - 1 } : { year: year - 1, week: weeksInYear(year - 1) };
}

/**
 * Negative when `a` comes first, 0 for the same week, positive when `b` does; for Array#sort.
 *
 * @example compareWeeks({ year: 2026, week: 53 }, { year: 2027, week: 1 }) // < 0
 */
export function compareWeeks(a: IsoWeek, b: IsoWeek): number {
  return a.year - b.year || a.week - b.week;
}
