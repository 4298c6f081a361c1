import type { Language } from '../schemas/common';
import { addDays, formatLocalDate, wallClockAt } from './zoned-time';

/**
 * Where a campaign stands, and what it still lacks. Pure: the server answers
 * both with every campaign, so the list, the editor and the publish check
 * agree. Times are ISO-8601 UTC strings; dates are the campaign's local
 * YYYY-MM-DD, compared with today's date in the organisation's zone.
 */
export type CampaignState = 'draft' | 'scheduled' | 'running' | 'ended';

export interface CampaignTimes {
  publishedAt: string | null;
  startsOn: string;
  endsOn: string;
  kickoffAt: string | null;
}

/**
 * Draft until published; then scheduled until its kick-off (or, without one,
 * its first day), running until its last day is over, then ended.
 *
 * @example campaignState({ publishedAt: '2026-03-01T09:00:00Z', startsOn: '2026-03-01', endsOn: '2026-03-31', kickoffAt: '2026-03-10T12:00:00Z' }, '2026-03-05T09:00:00Z', '2026-03-05') // 'scheduled'
 */
export function campaignState(c: CampaignTimes, nowIso: string, today: string): CampaignState {
  if (c.publishedAt === null) return 'draft';
  if (today > c.endsOn) return 'ended';
  if (c.kickoffAt !== null ? nowIso < c.kickoffAt : today < c.startsOn) return 'scheduled';
  return 'running';
}

/** How long a new campaign runs unless L&D says otherwise: four weeks, a month of weekly learning moments. */
export const DEFAULT_CAMPAIGN_DAYS = 28;

/**
 * The dates a new campaign starts with: today on the organisation's calendar (not the laptop's, nor UTC's,
 * which is still yesterday in Amsterdam's small hours) through four weeks later.
 *
 * @example defaultCampaignDates(new Date('2026-12-01T23:30:00Z'), 'Europe/Amsterdam') // { startsOn: '2026-12-02', endsOn: '2026-12-29' }
 */
export function defaultCampaignDates(now: Date, timeZone: string): { startsOn: string; endsOn: string } {
  const today = wallClockAt(now, timeZone);
  return { startsOn: formatLocalDate(today), endsOn: formatLocalDate(addDays(today, DEFAULT_CAMPAIGN_DAYS - 1)) };
}

/** Something a campaign lacks before (or while) it is published; the workspace words each one. */
export type CampaignGap =
  | { code: 'no_teaser_in_language'; language: Language }
  | { code: 'training_draft'; itemId: string }
  | { code: 'kickoff_without_place' };

export interface CampaignContents {
  /** The languages it speaks to: its target languages, or else those its kick-off page is written in. */
  languages: Language[];
  kickoffAt: string | null;
  kickoffPlace: string | null;
  kickoffUrl: string | null;
  teasers: Array<{ languages: Language[]; itemId: string | null }>;
  /** Every training it promotes, itself or through a teaser, with its publication. */
  trainings: Array<{ id: string; publishedAt: string | null }>;
}

/**
 * What is missing: a language nobody wrote a teaser in, a training still in
 * draft (publishing the campaign publishes it too), a kick-off moment with
 * neither a place nor a link to go to.
 *
 * @example campaignGaps({ languages: ['nl'], kickoffAt: null, kickoffPlace: null, kickoffUrl: null, teasers: [], trainings: [] }) // [{ code: 'no_teaser_in_language', language: 'nl' }]
 */
export function campaignGaps(c: CampaignContents): CampaignGap[] {
  const gaps: CampaignGap[] = [];
  for (const language of c.languages) {
    if (!c.teasers.some((t) => t.languages.includes(language))) gaps.push({ code: 'no_teaser_in_language', language });
  }
  const drafts = new Set(c.trainings.filter((t) => t.publishedAt === null).map((t) => t.id));
  for (const itemId of drafts) gaps.push({ code: 'training_draft', itemId });
  if (c.kickoffAt !== null && !c.kickoffPlace && !c.kickoffUrl) gaps.push({ code: 'kickoff_without_place' });
  return gaps;
}
