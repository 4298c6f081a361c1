import { compareWeeks, isoWeekOf, nextWeek, parseWeekKey, weekKey } from './iso-week';
import type { TimedActivity } from './learning-activity';
import { localDateIn, toInstant } from './local-date';
import { inPeriod, type Period } from './rankings';

/**
 * When a person first had `weeks` counted learning weeks in a row within the
 * period — the earliest activity of the week that completed the run — or null
 * if they never did. Weeks are ISO weeks in each activity's own zone, as the
 * streak counts them; unlike the streak, freezes do not bridge a gap here: a
 * prize is for weeks actually learned. Pass only activities that count for
 * the streak (countsForStreak).
 *
 * @example milestoneReachedAt(tenWeeklyActivities, period, 10) // the tenth week's first activity
 */
export function milestoneReachedAt(activities: readonly TimedActivity[], period: Period, weeks: number): string | null {
  const { firstInWeek, runs } = weekRuns(activities, period);
  const completing = runs.findIndex((run) => run >= weeks);
  const key = [...firstInWeek.keys()].sort()[completing];
  return key === undefined ? null : new Date(firstInWeek.get(key) ?? 0).toISOString();
}

/**
 * The longest run of counted weeks in a row within the period, for "8 of 10 weeks".
 *
 * @example longestRun(threeWeeksInARow, period) // 3
 */
export function longestRun(activities: readonly TimedActivity[], period: Period): number {
  return Math.max(0, ...weekRuns(activities, period).runs);
}

/** Each counted week's first activity, and for each week (in order) the run it ends. */
function weekRuns(activities: readonly TimedActivity[], period: Period) {
  const firstInWeek = new Map<string, number>();
  for (const activity of activities) {
    const t = toInstant(activity.at);
    if (!inPeriod(t.toISOString(), period)) continue;
    const key = weekKey(isoWeekOf(localDateIn(t, activity.timeZone)));
    firstInWeek.set(key, Math.min(firstInWeek.get(key) ?? Infinity, t.getTime()));
  }
  // Week keys sort in calendar order as plain strings.
  const weekKeys = [...firstInWeek.keys()].sort();
  const runs: number[] = [];
  weekKeys.forEach((key, i) => {
    const previous = weekKeys[i - 1];
    const follows = previous !== undefined && compareWeeks(nextWeek(parseWeekKey(previous)), parseWeekKey(key)) === 0;
    runs.push(follows ? (runs[i - 1] ?? 0) + 1 : 1);
  });
  return { firstInWeek, runs };
}

/** Someone who reached a milestone, and when. */
export interface MilestoneReached {
  readonly personId: string;
  readonly reachedAt: string;
}

/**
 * Who gets the milestone prize now: those who reached it and have not had it
 * yet, earliest first (person id breaks an exact tie), while stock lasts.
 *
 * @example awardMilestone([{ personId: 'a', reachedAt: '…' }], new Set(), 1) // ['a']
 */
export function awardMilestone(reached: readonly MilestoneReached[], alreadyAwarded: ReadonlySet<string>, stockLeft: number): string[] {
  return reached
    .filter((r) => !alreadyAwarded.has(r.personId))
    .map((r) => ({ ...r, ms: toInstant(r.reachedAt).getTime() }))
    .sort((a, b) => a.ms - b.ms || (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0))
    .slice(0, Math.max(0, stockLeft))
    .map((r) => r.personId);
}
