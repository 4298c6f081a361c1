import { isoWeekOf, weekKey } from './iso-week';
import type { TimedActivity } from './learning-activity';
import { localDateIn } from './local-date';

/**
 * The first activity of every week it falls in (by its own time zone): all a
 * streak needs, in a list that grows by one a week at most.
 *
 * @example oneMomentPerWeek([a1, a2SameWeek, b1]) // [a1, b1]
 */
export function oneMomentPerWeek<T extends TimedActivity>(activities: readonly T[]): T[] {
  const seen = new Set<string>();
  return activities.filter((activity) => {
    const key = weekKey(isoWeekOf(localDateIn(activity.at, activity.timeZone)));
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
