import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { campaignGaps, campaignState, DEFAULT_CAMPAIGN_DAYS, defaultCampaignDates } from '../../shared/domain/campaign-state';
import { wallClockAt, formatLocalDate } from '../../shared/domain/zoned-time';

const day = fc.integer({ min: 0, max: 60 }).map((n) => new Date(Date.UTC(2026, 2, 1 + n)).toISOString().slice(0, 10));
const moment = fc.integer({ min: 0, max: 60 * 24 }).map((h) => new Date(Date.UTC(2026, 2, 1) + h * 3_600_000).toISOString());

describe('campaignState', () => {
  it('is draft exactly when unpublished, and ended exactly after the last day of a published one', () => {
    fc.assert(
      fc.property(fc.option(moment), day, day, fc.option(moment), moment, (publishedAt, a, b, kickoffAt, now) => {
        const [startsOn, endsOn] = a <= b ? [a, b] : [b, a];
        const today = now.slice(0, 10);
        const state = campaignState({ publishedAt, startsOn, endsOn, kickoffAt }, now, today);
        expect(state === 'draft').toBe(publishedAt === null);
        if (publishedAt !== null) expect(state === 'ended').toBe(today > endsOn);
        if (state === 'running' && kickoffAt !== null) expect(now >= kickoffAt).toBe(true);
      }),
    );
  });

  it('is scheduled before the kick-off and running from it', () => {
    const c = { publishedAt: '2026-03-01T00:00:00.000Z', startsOn: '2026-03-01', endsOn: '2026-03-31', kickoffAt: '2026-03-10T12:00:00.000Z' };
    expect(campaignState(c, '2026-03-10T11:59:59.000Z', '2026-03-10')).toBe('scheduled');
    expect(campaignState(c, '2026-03-10T12:00:00.000Z', '2026-03-10')).toBe('running');
  });
});

describe('defaultCampaignDates', () => {
  const zones = fc.constantFrom('Europe/Amsterdam', 'America/New_York', 'Pacific/Auckland', 'UTC');
  const instant = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2028, 0, 1) }).map((ms) => new Date(ms));

  it('starts on the organisation’s today and runs four weeks, so a kick-off tomorrow is never after its end', () => {
    fc.assert(
      fc.property(instant, zones, (now, zone) => {
        const { startsOn, endsOn } = defaultCampaignDates(now, zone);
        expect(startsOn).toBe(formatLocalDate(wallClockAt(now, zone)));
        expect((Date.parse(endsOn) - Date.parse(startsOn)) / 86_400_000).toBe(DEFAULT_CAMPAIGN_DAYS - 1);
        const tomorrow = formatLocalDate(wallClockAt(new Date(now.getTime() + 86_400_000), zone));
        expect(campaignState({ publishedAt: now.toISOString(), startsOn, endsOn, kickoffAt: null }, now.toISOString(), tomorrow)).not.toBe('ended');
      }),
    );
  });

  it('is already the next day in Amsterdam when UTC is still on the last evening', () => {
    expect(defaultCampaignDates(new Date('2026-12-01T23:30:00Z'), 'Europe/Amsterdam')).toEqual({ startsOn: '2026-12-02', endsOn: '2026-12-29' });
  });
});

describe('campaignGaps', () => {
  const languages = fc.subarray(['nl', 'en'] as const, { minLength: 1 });
  it('names every language without a teaser and every draft training once, and nothing else of them', () => {
    fc.assert(
      fc.property(languages, fc.array(languages), fc.array(fc.record({ id: fc.constantFrom('a', 'b', 'c'), publishedAt: fc.option(moment) })), (wanted, teaserLanguages, trainings) => {
        const gaps = campaignGaps({ languages: wanted, kickoffAt: null, kickoffPlace: null, kickoffUrl: null, teasers: teaserLanguages.map((l) => ({ languages: l, itemId: null })), trainings });
        const missing = gaps.flatMap((g) => (g.code === 'no_teaser_in_language' ? [g.language] : []));
        expect(missing).toEqual(wanted.filter((l) => !teaserLanguages.some((t) => t.includes(l))));
        const drafts = gaps.flatMap((g) => (g.code === 'training_draft' ? [g.itemId] : []));
        expect(new Set(drafts).size).toBe(drafts.length);
        expect(new Set(drafts)).toEqual(new Set(trainings.filter((t) => t.publishedAt === null).map((t) => t.id)));
      }),
    );
  });

  it('asks a kick-off moment for a place or a link', () => {
    const base = { languages: [], teasers: [], trainings: [], kickoffAt: '2026-03-10T12:00:00.000Z' };
    expect(campaignGaps({ ...base, kickoffPlace: null, kickoffUrl: null })).toEqual([{ code: 'kickoff_without_place' }]);
    expect(campaignGaps({ ...base, kickoffPlace: 'Kantine', kickoffUrl: null })).toEqual([]);
    expect(campaignGaps({ ...base, kickoffPlace: null, kickoffUrl: 'https://meet.example/x' })).toEqual([]);
  });
});
