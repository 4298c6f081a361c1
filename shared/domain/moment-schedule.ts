import { addDays, formatLocalDate, isoWeekday, wallClockAt, zonedToInstant, type LocalDateTime } from './zoned-time';

/**
 * When a person's weekly learning moment happens, and whether a reminder may
 * go out at a given instant. Pure: the caller passes "now" and the zone, so
 * tests can travel through DST changes in any zone.
 */

export interface MomentSlot {
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  weekdays: readonly number[];
  /** 'HH:MM', local wall-clock time in the person's zone. */
  startTime: string;
  durationMinutes: number;
}

/** The organisation's guard rails (admin settings). */
export interface WorkingTime {
  /** ISO weekdays people work. */
  workingDays: readonly number[];
  /** 'HH:MM'–'HH:MM', local: no reminder outside these hours. */
  workStart: string;
  workEnd: string;
  /** 'YYYY-MM-DD' local dates on which nobody is reminded (public holidays, closing days). */
  daysOff: readonly string[];
}

/** 'HH:MM' → minutes since midnight. */
export function minutesOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/**
 * The first start of the slot strictly after `after`, in `timeZone`; null if
 * the slot has no weekdays. A start time the spring change skips is read as
 * RFC 5545 reads it (see zonedToInstant), so the calendar and the reminder agree.
 *
 * @example nextOccurrence({ weekdays: [2], startTime: '10:00', durationMinutes: 30 }, 'Europe/Amsterdam', new Date('2026-03-23T00:00:00Z')) // 2026-03-24T09:00:00Z
 */
export function nextOccurrence(slot: MomentSlot, timeZone: string, after: Date): Date | null {
  if (slot.weekdays.length === 0) return null;
  const today = wallClockAt(after, timeZone);
  const start = minutesOf(slot.startTime);
  // Eight days: today's slot may already have passed, so the same weekday a week on is the last candidate.
  for (let offset = 0; offset <= 8; offset += 1) {
    const date = addDays(today, offset);
    if (!slot.weekdays.includes(isoWeekday(date))) continue;
    const instant = zonedToInstant({ ...date, minutes: start }, timeZone);
    if (instant.getTime() > after.getTime()) return instant;
  }
  return null;
}

/**
 * Whether a reminder may reach someone in `timeZone` at `instant`: a working
 * day that is not a day off, within working hours. Learning happens in work
 * time; nothing pushes people into their evenings.
 */
export function isWithinWorkingTime(instant: Date, timeZone: string, rules: WorkingTime): boolean {
  const local = wallClockAt(instant, timeZone);
  if (!rules.workingDays.includes(isoWeekday(local))) return false;
  if (rules.daysOff.includes(formatLocalDate(local))) return false;
  return local.minutes >= minutesOf(rules.workStart) && local.minutes < minutesOf(rules.workEnd);
}

/** The instant the person's ISO week (Monday 00:00 local) containing `instant` began: the weekly push cap counts from here. */
export function weekStartInstant(instant: Date, timeZone: string): Date {
  const local = wallClockAt(instant, timeZone);
  const monday = addDays(local, 1 - isoWeekday(local));
  return zonedToInstant({ ...monday, minutes: 0 } satisfies LocalDateTime, timeZone);
}
