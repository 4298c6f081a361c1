import { isoWeekOf, weekKey } from './iso-week';
import type { TimedActivity } from './learning-activity';
import { localDateIn } from './local-date';
import { inPeriod, type Period } from './rankings';

/** How a raffle hands out tickets. */
export interface TicketRule {
  /** Tickets per counted week; a whole number ≥ 1. */
  readonly perWeek: number;
  /** The most tickets one person can hold, so nobody dominates the draw. */
  readonly cap: number;
}

/**
 * The learning weeks (ISO week keys, each activity in its own zone's calendar,
 * as the streak counts them) with learning in the period. Pass only activities
 * that count for the streak (countsForStreak).
 */
export function countedWeeksIn(activities: readonly TimedActivity[], period: Period): string[] {
  const weeks = new Set<string>();
  for (const activity of activities) {
    const at = typeof activity.at === 'string' ? activity.at : activity.at.toISOString();
    if (inPeriod(at, period)) weeks.add(weekKey(isoWeekOf(localDateIn(at, activity.timeZone))));
  }
  return [...weeks].sort();
}

/**
 * Raffle tickets a person earned: `perWeek` for every counted week in the
 * period, never more than `cap`. Learning more in one week earns no extra
 * ticket, so steady learning beats one long evening.
 *
 * @example raffleTickets(activities, period, { perWeek: 1, cap: 10 }) // 3 for three counted weeks
 */
export function raffleTickets(activities: readonly TimedActivity[], period: Period, rule: TicketRule): number {
  return Math.min(rule.cap, countedWeeksIn(activities, period).length * rule.perWeek);
}
