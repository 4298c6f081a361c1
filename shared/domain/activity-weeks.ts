import { compareWeeks, isoWeekOf, type IsoWeek } from './iso-week';
import type { Clock, TimedActivity } from './learning-activity';
import { localDateIn, toInstant } from './local-date';

/**
 * The current week (in the person's zone now) and, for every activity up to
 * now, the week its own zone's calendar put it in.
 *
 * Activities after `now` are left out: they have not happened yet (a device
 * clock running ahead). One that happened but sits in a week after the
 * current one — done in Kiritimati (UTC+14) on Monday while it is still Sunday
 * in the zone the person is in now — is put in the current week: a week that
 * has not begun for the person cannot hold their activity, and dropping it
 * would take away learning they did.
 *
 * @example activityWeeks([{ at: '2026-01-04T11:30:00Z', timeZone: 'Pacific/Auckland' }], { now: '2026-01-04T12:00:00Z', timeZone: 'Europe/Amsterdam' })
 * // { currentWeek: { year: 2026, week: 1 }, weeks: [{ year: 2026, week: 1 }] } (Monday W02 in Auckland, clamped)
 */
export function activityWeeks(activities: readonly TimedActivity[], clock: Clock): { currentWeek: IsoWeek; weeks: IsoWeek[] } {
  const now = toInstant(clock.now).getTime();
  const currentWeek = isoWeekOf(localDateIn(clock.now, clock.timeZone));
  const weeks: IsoWeek[] = [];
  for (const activity of activities) {
    if (toInstant(activity.at).getTime() > now) continue;
    const week = isoWeekOf(localDateIn(activity.at, activity.timeZone));
    weeks.push(compareWeeks(week, currentWeek) > 0 ? currentWeek : week);
  }
  return { currentWeek, weeks };
}
