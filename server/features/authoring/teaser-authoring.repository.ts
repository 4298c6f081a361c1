import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { targetGroupsSchema, type TargetGroups } from '../../../shared/schemas/audience';
import type { AdminTeaser, TeaserInput } from '../../../shared/schemas/authoring';

const noTargetGroups: TargetGroups = { departmentIds: [], teamIds: [], roles: [], languages: [], groupIds: [] };

/** A teaser's own target groups as stored (the feed reads them the same way; see teasers/catalogue.ts). */
function parseTargetGroups(json: string): TargetGroups {
  try {
    const parsed = targetGroupsSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : noTargetGroups;
  } catch {
    return noTargetGroups;
  }
}

/** Every teaser with its texts and campaign, newest first; `id` narrows it to one. */
export async function listAdminTeasers(db: Kysely<Database>, id?: string): Promise<AdminTeaser[]> {
  let query = db
    .selectFrom('teasers')
    .leftJoin('campaign_teasers', 'campaign_teasers.teaser_id', 'teasers.id')
    .select(['teasers.id', 'teasers.item_id', 'teasers.published_at', 'teasers.target', 'teasers.created_at', 'campaign_teasers.campaign_id'])
    .orderBy('teasers.created_at', 'desc')
    .orderBy('teasers.id');
  if (id) query = query.where('teasers.id', '=', id);
  const rows = await query.execute();
  if (rows.length === 0) return [];
  const texts = await db
    .selectFrom('teaser_texts')
    .selectAll()
    .where(
      'teaser_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('language')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    itemId: r.item_id,
    publishedAt: r.published_at,
    campaignId: r.campaign_id,
    target: parseTargetGroups(r.target),
    createdAt: r.created_at,
    texts: texts.filter((t) => t.teaser_id === r.id).map((t) => ({ language: t.language, hook: t.hook, callToAction: t.call_to_action })),
  }));
}

export async function replaceTeaserTexts(db: Kysely<Database>, teaserId: string, texts: TeaserInput['texts']): Promise<void> {
  await db.deleteFrom('teaser_texts').where('teaser_id', '=', teaserId).execute();
  await db
    .insertInto('teaser_texts')
    .values(texts.map((t) => ({ teaser_id: teaserId, language: t.language, hook: t.hook, call_to_action: t.callToAction })))
    .execute();
}
