import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { notFound } from '../../http/app-error';
import { campaignPlan, missingTeasers, type PlanFacts } from '../../../shared/domain/campaign-plan';
import { campaignTargetSchema, campaignTextSchema } from '../../../shared/schemas/campaigns';
import type { CampaignPlan } from '../../../shared/schemas/insights';
import type { WiifmGroupKind } from '../../../shared/schemas/strategy';
import * as z from 'zod/mini';
import { parseJson } from '../../db/stored-json';
import type { CampaignRow } from '../campaigns/campaigns.table';
import type { PersonRow } from '../people/people.table';
import { readSetting } from '../settings/settings.repository';
import { adminStrategy } from '../strategy/strategy.service';
import { planProviders, type PlanProviders } from './plan-registry';

/**
 * The planner of one campaign: every point's fact, read from the real data
 * (strategy, WIIFM of each targeted group, texts, posters, kick-off,
 * teasers, learning-moment rules, competitions, stories, evaluations).
 */
export async function planOfCampaign(db: Kysely<Database>, admin: PersonRow, id: string, now: Date, providers: PlanProviders = planProviders): Promise<CampaignPlan> {
  const campaign = await db.selectFrom('campaigns').selectAll().where('id', '=', id).executeTakeFirst();
  if (!campaign) throw notFound('Campaign');
  const target = parseJson(campaign.target, campaignTargetSchema, { departmentIds: [], teamIds: [], roles: [], locations: [], languages: [], groupIds: [] });
  const texts = parseJson(campaign.texts, z.array(campaignTextSchema), []);
  const languages = target.languages.length > 0 ? target.languages : texts.map((t) => t.language);
  const [strategy, posters, teaserTexts, momentRules, competitions, stories, evaluations] = await Promise.all([
    adminStrategy(db, admin, now),
    db.selectFrom('posters').select('id').where('campaign_id', '=', id).execute(),
    db
      .selectFrom('campaign_teasers')
      .innerJoin('teaser_texts', 'teaser_texts.teaser_id', 'campaign_teasers.teaser_id')
      .select(['teaser_texts.teaser_id', 'teaser_texts.language', 'teaser_texts.hook'])
      .where('campaign_teasers.campaign_id', '=', id)
      .execute(),
    readSetting(db, 'moment_settings'),
    db.selectFrom('competitions').select('id').where('starts_at', '<=', `${campaign.ends_on}T23:59:59.999Z`).where('ends_at', '>=', `${campaign.starts_on}T00:00:00.000Z`).execute(),
    db.selectFrom('stories').select('id').where('status', '!=', 'declined').execute(),
    db.selectFrom('evaluations').select('id').where('status', '!=', 'closed').execute(),
  ]);

  const targeted: Array<{ kind: WiifmGroupKind; id: string }> = [
    ...target.departmentIds.map((g) => ({ kind: 'department' as const, id: g })),
    ...target.teamIds.map((g) => ({ kind: 'team' as const, id: g })),
    ...target.roles.map((g) => ({ kind: 'role' as const, id: g })),
    ...target.locations.map((g) => ({ kind: 'location' as const, id: g })),
    ...target.languages.map((g) => ({ kind: 'language' as const, id: g })),
  ];
  // Without target groups the campaign speaks to every department.
  const groups = targeted.length > 0 ? targeted : strategy.departments.map((d) => ({ kind: 'department' as const, id: d.id }));
  const wiifmMissing = groups.flatMap((g) => {
    const cells = strategy.wiifm.filter((c) => c.groupKind === g.kind && c.groupId === g.id);
    return cells.some((c) => c.message) ? [] : [cells[0]?.groupName ?? g.id];
  });
  const byTeaser = new Map<string, { languages: string[]; hooks: string[]; groups: string[] }>();
  for (const row of teaserTexts) {
    const t = byTeaser.get(row.teaser_id) ?? { languages: [], hooks: [], groups: [] };
    t.languages.push(row.language);
    t.hooks.push(row.hook);
    byTeaser.set(row.teaser_id, t);
  }
  const { completeness } = strategy;
  const facts: PlanFacts = {
    strategy: [...(completeness.drivers === 0 ? ['drivers'] : []), ...(completeness.organisationGoals === 0 ? ['goals'] : [])],
    wiifm: wiifmMissing,
    expect: texts.filter((t) => !t.expect.trim()).map((t) => t.language),
    // The intake is asked at everyone's first sign-in: it runs as soon as people join.
    intake: [],
    target_groups: targeted.length === 0 ? ['everyone'] : [],
    channels: await providers.channels?.(db, campaign, now),
    posters: posters.length === 0 ? ['none'] : [],
    kickoff: kickoffMissing(campaign),
    teasers: missingTeasers(languages, [], [...byTeaser.values()]),
    journey: await providers.journey?.(db, campaign, now),
    moment_default: momentRules === null || momentRules === undefined ? ['default'] : [],
    reward: competitions.length === 0 ? ['none'] : [],
    stories: stories.length === 0 ? ['none'] : [],
    evaluation: evaluations.length === 0 ? ['none'] : [],
  };
  return { campaignId: id, name: campaign.name, ...campaignPlan(id, facts) };
}

function kickoffMissing(campaign: CampaignRow): string[] {
  if (campaign.kickoff_at === null) return ['date'];
  return campaign.kickoff_place || campaign.kickoff_url ? [] : ['place'];
}
