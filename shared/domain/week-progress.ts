import { activityWeeks } from './activity-weeks';
import { weekKey } from './iso-week';
import type { Clock, TimedActivity } from './learning-activity';

export interface WeekProgress {
  /** The current week's key, in the person's zone now. */
  week: string;
  /** Activities in the current week. */
  done: number;
  goal: number;
  /** done / goal, at most 1: what a progress bar shows. */
  fraction: number;
  reached: boolean;
}

/**
 * How far the person is with this week's goal. Activities land in weeks as
 * for the streak (see activityWeeks); pass the ones that count, each once
 * (duplicates would count twice here, unlike in computeStreak).
 *
 * @example weekProgress([{ at: '2026-02-09T09:00:00Z', timeZone: 'Europe/Amsterdam' }], { now: '2026-02-10T09:00:00Z', timeZone: 'Europe/Amsterdam', goal: 2 })
 * // { week: '2026-W07', done: 1, goal: 2, fraction: 0.5, reached: false }
 */
export function weekProgress(activities: readonly TimedActivity[], options: Clock & { goal?: number }): WeekProgress {
  const goal = options.goal ?? 1;
  if (!Number.isInteger(goal) || goal < 1) throw new RangeError(`A weekly goal is a whole number of at least 1, not ${goal}`);
  const { currentWeek, weeks } = activityWeeks(activities, options);
  const week = weekKey(currentWeek);
  const done = weeks.filter((w) => weekKey(w) === week).length;
  return { week, done, goal, fraction: Math.min(1, done / goal), reached: done >= goal };
}

/** A learning activity with the training it belongs to (none for one that stands alone). */
export interface TrainingActivity extends TimedActivity {
  readonly itemId?: string | null;
}

/**
 * "Done this week" as a person counts it: trainings, not events. Answering a
 * training's question and finishing it is one training done; activities
 * land in weeks as for the streak (see activityWeeks), and one without a
 * training counts on its own.
 *
 * @example trainingsThisWeek([{ at: '2026-02-10T08:00:00Z', timeZone: 'Europe/Amsterdam', itemId: 'a' }, { at: '2026-02-10T08:01:00Z', timeZone: 'Europe/Amsterdam', itemId: 'a' }], { now: '2026-02-10T09:00:00Z', timeZone: 'Europe/Amsterdam' })
 * // 1
 */
export function trainingsThisWeek(activities: readonly TrainingActivity[], clock: Clock): number {
  const week = weekKey(activityWeeks([], clock).currentWeek);
  const trainings = new Set<string>();
  let alone = 0;
  for (const activity of activities) {
    const [landed] = activityWeeks([activity], clock).weeks;
    if (!landed || weekKey(landed) !== week) continue;
    if (activity.itemId) trainings.add(activity.itemId);
    else alone += 1;
  }
  return trainings.size + alone;
}
