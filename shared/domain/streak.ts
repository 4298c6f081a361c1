import { activityWeeks } from './activity-weeks';
import { compareWeeks, nextWeek, weekKey, type IsoWeek } from './iso-week';
import type { Clock, TimedActivity } from './learning-activity';

/**
 * Weekly learning streaks with freezes.
 *
 * A week counts when the person learned at least once in it, each activity in
 * the ISO week of its own zone's calendar (so travelling never breaks a streak
 * by itself). The streak is the run of counted weeks that reaches the current
 * week; while the current week is open it may still be empty.
 *
 * Freezes, walked week by week from the first counted week to now:
 * - every 4th counted week in a row (no missed week between, frozen or not)
 *   earns one freeze; at most 2 are held, more are not earned;
 * - each missed week before the current one spends a freeze and stays in the
 *   run as a frozen week, which keeps the run alive but does not lengthen it;
 * - a missed week with no freeze left breaks the run. Freezes belong to a run:
 *   a gap longer than the freezes held uses them all up, so a new run starts
 *   with none, and its frozen weeks are forgotten.
 */

/** Counted weeks in a row that earn one freeze. */
export const WEEKS_PER_FREEZE = 4;
/** Freezes a person can hold at once. */
export const MAX_FREEZES = 2;

export interface Streak {
  /** Counted weeks in the live run (frozen weeks excluded); 0 when it broke. */
  current: number;
  /** Counted weeks in the longest run ever, the live one included. */
  longest: number;
  freezesHeld: number;
  /** Week keys of the live run's frozen weeks, oldest first. */
  frozenWeeks: string[];
  currentWeekDone: boolean;
  /** The current week's key, in the person's zone now. */
  currentWeek: string;
  /** All weeks that counted, in any run. */
  countedWeeks: number;
}

/**
 * The streak at `clock.now`, from learning activities in any order, duplicates
 * allowed. Pass only activities that count (see countsForStreak); those after
 * `now` are ignored.
 *
 * @example computeStreak([{ at: '2026-02-02T09:00:00Z', timeZone: 'Europe/Amsterdam' }], { now: '2026-02-10T09:00:00Z', timeZone: 'Europe/Amsterdam' })
 * // { current: 1, longest: 1, freezesHeld: 0, frozenWeeks: [], currentWeekDone: false, currentWeek: '2026-W07', countedWeeks: 1 }
 */
export function computeStreak(activities: readonly TimedActivity[], clock: Clock): Streak {
  const { currentWeek, weeks } = activityWeeks(activities, clock);
  const counted = new Set(weeks.map(weekKey));
  const first = weeks.reduce<IsoWeek | undefined>((a, b) => (a && compareWeeks(a, b) <= 0 ? a : b), undefined);
  let run = 0;
  let inARow = 0;
  let freezesHeld = 0;
  let longest = 0;
  let frozenWeeks: string[] = [];
  for (let week = first; week && compareWeeks(week, currentWeek) <= 0; week = nextWeek(week)) {
    const key = weekKey(week);
    if (counted.has(key)) {
      run += 1;
      inARow += 1;
      longest = Math.max(longest, run);
      if (inARow % WEEKS_PER_FREEZE === 0) freezesHeld = Math.min(MAX_FREEZES, freezesHeld + 1);
    } else if (compareWeeks(week, currentWeek) < 0) {
      // Only a week that has ended can be missed; the current one may still count.
      inARow = 0;
      if (freezesHeld > 0) {
        freezesHeld -= 1;
        frozenWeeks.push(key);
      } else {
        run = 0;
        frozenWeeks = [];
      }
    }
  }
  const currentWeekKey = weekKey(currentWeek);
  return {
    current: run,
    longest,
    freezesHeld,
    frozenWeeks,
    currentWeekDone: counted.has(currentWeekKey),
    currentWeek: currentWeekKey,
    countedWeeks: counted.size,
  };
}
