import { pickLanguage } from '../../../shared/domain/localized';
import type { Language } from '../../../shared/schemas/common';
import type { Kickoff } from '../../../shared/schemas/kickoff';
import { escapeText, formatUtc, joinLines } from '../moments/ics-text';

/** The kick-off event lasts an hour in the calendar unless the admin says otherwise (no field for it yet). */
const KICKOFF_DURATION = 'PT1H';

/**
 * The kick-off as an iCalendar event (RFC 5545) for "add to calendar": the
 * moment in UTC, the place and/or online link, and the kick-off page. The
 * UID is stable per campaign, so a moved kick-off updates the same event.
 */
export function kickoffIcs(kickoff: Kickoff & { kickoffAt: string }, language: Language, pageUrl: string, now: Date): string {
  const text = pickLanguage(kickoff.texts, language)?.text;
  const host = new URL(pageUrl).hostname;
  const description = [text?.forYou, kickoff.kickoffUrl, pageUrl].filter(Boolean).join('\n');
  return joinLines([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Leerlust//Kick-off//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:kickoff-${kickoff.campaignId}@${host}`,
    `DTSTAMP:${formatUtc(now)}`,
    `DTSTART:${formatUtc(new Date(kickoff.kickoffAt))}`,
    `DURATION:${KICKOFF_DURATION}`,
    `SUMMARY:${escapeText(text?.headline ?? 'Kick-off')}`,
    ...(kickoff.kickoffPlace ? [`LOCATION:${escapeText(kickoff.kickoffPlace)}`] : []),
    `DESCRIPTION:${escapeText(description)}`,
    `URL:${kickoff.kickoffUrl ?? pageUrl}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ]);
}
