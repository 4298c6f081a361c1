import { isWithinWorkingTime, minutesOf, weekStartInstant, type WorkingTime } from './moment-schedule';
import { addDays, formatLocalDate, isoWeekday, wallClockAt, zonedToInstant } from './zoned-time';

/*
 * The delivery rules every sender shares (journeys, learning-moment
 * reminders, the kick-off push): one weekly fatigue budget per person across
 * e-mail, push and in-app; quiet hours and working days in the person's own
 * time zone (a message due outside them waits for the next allowed moment);
 * and nobody who left, unsubscribed from the topic or erased their data gets
 * anything. Transactional mail (sign-in links) is outside these rules.
 * Pure: the caller passes the instant, the zone and what was sent.
 */

export type DeliveryChannel = 'email' | 'push' | 'in_app';

/** Topics a person can switch off; `mandatory-training` cannot be. */
export const MAIL_TOPICS = ['journeys', 'team-email', 'reminders', 'mandatory-training'] as const;
export type MailTopic = (typeof MAIL_TOPICS)[number];
export const MANDATORY_TOPICS: readonly MailTopic[] = ['mandatory-training'];

/** Whether a topic can be switched off on the preference page. */
export function canUnsubscribe(topic: MailTopic): boolean {
  return !MANDATORY_TOPICS.includes(topic);
}

export interface Recipient {
  timeZone: string;
  leftAt: string | null;
  /** The person's data was erased: the row is gone or marked; never send. */
  erased: boolean;
  unsubscribedTopics: readonly MailTopic[];
}

export interface DeliveryContext {
  now: Date;
  rules: WorkingTime;
  /** Messages per person per ISO week (in their zone) across every channel. */
  weeklyBudget: number;
  /** Instants of the person's earlier budgeted messages (any channel); older ones are ignored. */
  sentAt: readonly Date[];
  topic: MailTopic;
}

export type DeliveryDecision =
  | { kind: 'send' }
  | { kind: 'wait'; until: Date; reason: 'quiet' | 'budget' }
  | { kind: 'never'; reason: 'left' | 'erased' | 'unsubscribed' };

const MINUTE = 60_000;

/**
 * The first instant at or after `from` within the person's working time
 * (a working day that is no day off, within working hours, in their zone;
 * DST-aware). Null if the rules allow no moment at all (no working days,
 * or an empty day) within a year.
 *
 * @example nextAllowedMoment(new Date('2026-03-07T12:00:00Z'), 'Europe/Amsterdam', rules) // Monday 2026-03-09 08:00 local
 */
export function nextAllowedMoment(from: Date, timeZone: string, rules: WorkingTime): Date | null {
  if (isWithinWorkingTime(from, timeZone, rules)) return from;
  const start = minutesOf(rules.workStart);
  const end = minutesOf(rules.workEnd);
  if (rules.workingDays.length === 0 || end <= start) return null;
  const today = wallClockAt(from, timeZone);
  for (let offset = 0; offset <= 366; offset += 1) {
    const date = addDays(today, offset);
    if (!rules.workingDays.includes(isoWeekday(date)) || rules.daysOff.includes(formatLocalDate(date))) continue;
    // The start of the day's window, or (for today) the next whole minute in it.
    const candidate = zonedToInstant({ ...date, minutes: start }, timeZone);
    if (candidate.getTime() >= from.getTime()) {
      if (isWithinWorkingTime(candidate, timeZone, rules)) return candidate;
      // The start fell in a DST gap: the first minute of the window that exists.
      for (let m = start + 1; m < end; m += 1) {
        const later = zonedToInstant({ ...date, minutes: m }, timeZone);
        if (later.getTime() >= from.getTime() && isWithinWorkingTime(later, timeZone, rules)) return later;
      }
    }
  }
  return null;
}

/** How many budgeted messages the person had in the ISO week (their zone) containing `now`. */
export function sentThisWeek(sentAt: readonly Date[], now: Date, timeZone: string): number {
  const weekStart = weekStartInstant(now, timeZone).getTime();
  return sentAt.filter((at) => at.getTime() >= weekStart && at.getTime() <= now.getTime()).length;
}

/** The instant the person's next ISO week begins (Monday 00:00 local). */
export function nextWeekStart(now: Date, timeZone: string): Date {
  const local = wallClockAt(now, timeZone);
  const monday = addDays(local, 8 - isoWeekday(local));
  return zonedToInstant({ ...monday, minutes: 0 }, timeZone);
}

/**
 * Whether a budgeted message may go to this person now, must wait (and
 * until when), or never goes. Order: leaving, erasure and unsubscribing end
 * it; then the weekly budget; then working time.
 */
export function deliveryDecision(recipient: Recipient, context: DeliveryContext): DeliveryDecision {
  if (recipient.erased) return { kind: 'never', reason: 'erased' };
  if (recipient.leftAt !== null) return { kind: 'never', reason: 'left' };
  if (canUnsubscribe(context.topic) && recipient.unsubscribedTopics.includes(context.topic)) return { kind: 'never', reason: 'unsubscribed' };
  const { now, rules } = context;
  if (sentThisWeek(context.sentAt, now, recipient.timeZone) >= context.weeklyBudget) {
    const until = nextAllowedMoment(nextWeekStart(now, recipient.timeZone), recipient.timeZone, rules);
    return { kind: 'wait', until: until ?? nextWeekStart(now, recipient.timeZone), reason: 'budget' };
  }
  if (!isWithinWorkingTime(now, recipient.timeZone, rules)) {
    const until = nextAllowedMoment(now, recipient.timeZone, rules);
    return { kind: 'wait', until: until ?? nextWeekStart(now, recipient.timeZone), reason: 'quiet' };
  }
  return { kind: 'send' };
}

/** Retry delay after a temporary (4xx) SMTP failure: 1, 2, 4 … minutes, at most 6 hours. */
export function retryDelayMs(attempt: number): number {
  return Math.min(6 * 60, 2 ** Math.max(0, attempt - 1)) * MINUTE;
}

/** A due moment that passed while every instance was down is still sent within the catch-up window, otherwise skipped. */
export function isWithinCatchUp(dueAt: Date, now: Date, catchUpHours: number): boolean {
  return now.getTime() - dueAt.getTime() <= catchUpHours * 3_600_000;
}
