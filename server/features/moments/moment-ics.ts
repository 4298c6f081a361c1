import { minutesOf, nextOccurrence } from '../../../shared/domain/moment-schedule';
import { wallClockAt } from '../../../shared/domain/zoned-time';
import type { Language } from '../../../shared/schemas/common';
import type { MomentSlotInput } from '../../../shared/schemas/moments';
import { escapeText, formatLocal, formatUtc, joinLines } from './ics-text';
import { vtimezoneLines } from './vtimezone';

const copy = {
  nl: {
    summary: 'Leermoment',
    description: 'Je wekelijkse leermoment in werktijd. Open Leerlust voor je volgende training:',
    online: 'online',
    classroom: 'klassikaal',
    alarm: 'Je leermoment begint zo',
  },
  en: {
    summary: 'Learning moment',
    description: 'Your weekly learning moment in work time. Open Leerlust for your next training:',
    online: 'online',
    classroom: 'classroom',
    alarm: 'Your learning moment starts soon',
  },
} as const;

const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

export interface MomentCalendar {
  personId: string;
  language: Language;
  timeZone: string;
  slot: MomentSlotInput;
  publicUrl: string;
  now: Date;
}

/**
 * The learning moment as an iCalendar file (RFC 5545): a weekly event in the
 * person's own zone (TZID with its VTIMEZONE, so it moves with DST as the
 * reminder does), a 10-minute alarm and a link back into the app. The UID is
 * stable per person, so importing a changed slot updates the event.
 */
export function momentIcs({ personId, language, timeZone, slot, publicUrl, now }: MomentCalendar): string {
  const t = copy[language];
  const first = nextOccurrence(slot, timeZone, now) ?? now;
  const firstLocal = wallClockAt(first, timeZone);
  const start = minutesOf(slot.startTime);
  const link = `${publicUrl}/?source=calendar`;
  const summary = [t.summary, slot.topic, slot.form === 'online' ? t.online : t.classroom].filter(Boolean).join(' · ');
  const host = new URL(publicUrl).hostname;
  return joinLines([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Leerlust//Learning moment//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...vtimezoneLines(timeZone, firstLocal.year),
    'BEGIN:VEVENT',
    `UID:learning-moment-${personId}@${host}`,
    `DTSTAMP:${formatUtc(now)}`,
    `DTSTART;TZID=${timeZone}:${formatLocal(firstLocal, start)}`,
    `DURATION:PT${slot.durationMinutes}M`,
    `RRULE:FREQ=WEEKLY;BYDAY=${[...slot.weekdays].sort().map((d) => WEEKDAY_CODES[d - 1]).join(',')}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(`${t.description} ${link}`)}`,
    `URL:${link}`,
    'TRANSP:OPAQUE',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:-PT10M',
    `DESCRIPTION:${escapeText(t.alarm)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ]);
}
