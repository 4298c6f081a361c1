import fc from 'fast-check';
import type { IsoWeek, LocalDate } from '../../shared/domain/iso-week';
import type { Clock, TimedActivity } from '../../shared/domain/learning-activity';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Zones with DST in either hemisphere, half- and quarter-hour offsets, and both ends of the date line. */
export const zones = [
  'UTC',
  'Europe/Amsterdam',
  'America/New_York',
  'America/St_Johns',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Adelaide',
  'Pacific/Auckland',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
] as const;

/**
 * The ISO week by the textbook rule, independent of the code under test:
 * a week belongs to the year of its Thursday.
 */
export function referenceIsoWeek({ year, month, day }: LocalDate): IsoWeek {
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const weekYear = date.getUTCFullYear();
  return { year: weekYear, week: Math.floor((date.getTime() - Date.UTC(weekYear, 0, 1)) / DAY / 7) + 1 };
}

/** Weeks since the week of 1970-01-01, so week distances are plain subtraction. */
export function referenceWeekIndex({ year, month, day }: LocalDate): number {
  // 1970-01-01 was a Thursday: shift by 3 days so weeks start on Monday.
  return Math.floor((Date.UTC(year, month - 1, day) / DAY + 3) / 7);
}

/** Wednesday 12:00 UTC of an ISO week: a Wednesday or Thursday in every zone, so in that week everywhere. */
export function midweek(key: string, zone = 'Europe/Amsterdam'): TimedActivity {
  const [year, week] = key.split('-W').map(Number) as [number, number];
  const jan4 = Date.UTC(year, 0, 4);
  const mondayOfWeek1 = jan4 - ((new Date(jan4).getUTCDay() || 7) - 1) * DAY;
  return { at: new Date(mondayOfWeek1 + (week - 1) * 7 * DAY + 2 * DAY + 12 * HOUR).toISOString(), timeZone: zone };
}

const from = Date.UTC(2019, 0, 1);
const to = Date.UTC(2028, 11, 31);

/** Instants 2019–2028, half of them within a week of a New Year, where ISO years and weeks 53 live. */
export const instantMs = fc.oneof(
  fc.integer({ min: from, max: to }),
  fc
    .record({ year: fc.integer({ min: 2019, max: 2028 }), offset: fc.integer({ min: -7 * DAY, max: 7 * DAY }) })
    .map(({ year, offset }) => Date.UTC(year, 0, 1) + offset),
);

export const zone = fc.constantFrom(...zones);

/**
 * A person's history: activities in steps of hours to weeks through random
 * zones (travel), and a `now` that may lie before the last few (a clock ahead).
 * Dense enough that runs, freezes and breaks all happen.
 */
export const history = fc
  .record({
    start: instantMs,
    steps: fc.array(
      fc.record({
        // Mostly a week or less, so runs grow long enough to earn freezes; now and then a gap that spends or breaks.
        hours: fc.oneof({ arbitrary: fc.integer({ min: 0, max: 8 * 24 }), weight: 6 }, fc.integer({ min: 0, max: 30 * 24 })),
        zone,
      }),
      { maxLength: 60 },
    ),
    nowHours: fc.integer({ min: -14 * 24, max: 21 * 24 }),
    nowZone: zone,
  })
  .map(({ start, steps, nowHours, nowZone }) => {
    let at = start;
    const activities = steps.map(({ hours, zone: timeZone }) => {
      at += hours * HOUR;
      return { at: new Date(at).toISOString(), timeZone };
    });
    const clock: Clock = { now: new Date(at + nowHours * HOUR).toISOString(), timeZone: nowZone };
    return { activities, clock };
  });

export const activity = fc.record({ at: instantMs.map((ms) => new Date(ms).toISOString()), timeZone: zone });
