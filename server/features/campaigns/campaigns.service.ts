import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { AppError, notFound } from '../../http/app-error';
import { campaignTargetSchema, campaignTextSchema, type Campaign, type CampaignInput, type PosterFigures } from '../../../shared/schemas/campaigns';
import * as z from 'zod/mini';
import { recordAudit } from '../audit/audit.service';
import type { PersonRow } from '../people/people.table';
import { figuresOf, listPostersOf } from '../posters/posters.repository';
import { posterUrl } from '../posters/short-code';
import type { CampaignRow } from './campaigns.table';
import { scheduleCampaignTeasers } from './reveal';
import { campaignGaps, campaignState } from '../../../shared/domain/campaign-state';
import { localDateIn } from '../../../shared/domain/local-date';
import { formatLocalDate } from '../../../shared/domain/zoned-time';
import { ORGANISATION_TIME_ZONE } from '../../../shared/domain/organisation';
import { parseJson } from '../../db/stored-json';
import { requireSavedGroups } from '../target-groups/memberships';

const textsSchema = z.array(campaignTextSchema);
const emptyFigures = (): PosterFigures => ({ scans: 0, signUps: 0, installs: 0, pushOptIns: 0 });

export const campaignTexts = (row: CampaignRow) => parseJson(row.texts, textsSchema, []);

/** Campaigns with their posters and figures, newest first; `id` narrows to one. */
export async function listCampaigns(db: Kysely<Database>, publicUrl: string, now: Date, id?: string): Promise<Campaign[]> {
  let query = db.selectFrom('campaigns').selectAll().orderBy('created_at', 'desc').orderBy('id');
  if (id) query = query.where('id', '=', id);
  const rows = await query.execute();
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const [items, teasers, posters, contents] = await Promise.all([
    db.selectFrom('campaign_items').selectAll().where('campaign_id', 'in', ids).execute(),
    db.selectFrom('campaign_teasers').selectAll().where('campaign_id', 'in', ids).execute(),
    listPostersOf(db, ids),
    loadContents(db, ids),
  ]);
  const nowIso = now.toISOString();
  const today = formatLocalDate(localDateIn(now, ORGANISATION_TIME_ZONE));
  const figures = await figuresOf(
    db,
    posters.map((p) => p.id),
  );
  return rows.map((row) => {
    const ownPosters = posters
      .filter((p) => p.campaign_id === row.id)
      .map((p) => ({ id: p.id, campaignId: p.campaign_id, placement: p.placement, code: p.code, url: posterUrl(publicUrl, p.code), figures: figures.get(p.id) ?? emptyFigures() }));
    const total = emptyFigures();
    for (const p of ownPosters) for (const key of Object.keys(total) as Array<keyof PosterFigures>) total[key] += p.figures[key];
    const target = parseJson(row.target, campaignTargetSchema, { departmentIds: [], teamIds: [], roles: [], locations: [], languages: [], groupIds: [] });
    const texts = campaignTexts(row);
    const own = contents(row.id);
    return {
      id: row.id,
      name: row.name,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      texts,
      target,
      kickoffAt: row.kickoff_at,
      kickoffPlace: row.kickoff_place,
      kickoffUrl: row.kickoff_url,
      itemIds: items.filter((i) => i.campaign_id === row.id).map((i) => i.item_id),
      tryItemIds: items.filter((i) => i.campaign_id === row.id && i.open_to_try === 1).map((i) => i.item_id),
      teaserIds: teasers.filter((t) => t.campaign_id === row.id).map((t) => t.teaser_id),
      posters: ownPosters,
      figures: total,
      updatedAt: row.updated_at,
      publishedAt: row.published_at,
      state: campaignState({ publishedAt: row.published_at, startsOn: row.starts_on, endsOn: row.ends_on, kickoffAt: row.kickoff_at }, nowIso, today),
      gaps: campaignGaps({
        languages: target.languages.length > 0 ? target.languages : texts.map((x) => x.language),
        kickoffAt: row.kickoff_at,
        kickoffPlace: row.kickoff_place,
        kickoffUrl: row.kickoff_url,
        ...own,
      }),
      timeZone: ORGANISATION_TIME_ZONE,
    };
  });
}

export async function getCampaign(db: Kysely<Database>, publicUrl: string, id: string, now: Date): Promise<Campaign> {
  const [campaign] = await listCampaigns(db, publicUrl, now, id);
  if (!campaign) throw notFound('Campaign');
  return campaign;
}

/** Per campaign: its teasers' languages and trainings, and every training it promotes (itself or through a teaser) with its publication. */
async function loadContents(db: Kysely<Database>, ids: string[]) {
  const [teasers, teaserTexts, trainings] = await Promise.all([
    db.selectFrom('campaign_teasers').innerJoin('teasers', 'teasers.id', 'campaign_teasers.teaser_id').select(['campaign_id', 'teasers.id', 'teasers.item_id']).where('campaign_id', 'in', ids).execute(),
    db
      .selectFrom('campaign_teasers')
      .innerJoin('teaser_texts', 'teaser_texts.teaser_id', 'campaign_teasers.teaser_id')
      .select(['teaser_texts.teaser_id', 'teaser_texts.language'])
      .where('campaign_id', 'in', ids)
      .execute(),
    promotedTrainings(db, ids),
  ]);
  return (campaignId: string) => ({
    teasers: teasers
      .filter((t) => t.campaign_id === campaignId)
      .map((t) => ({ itemId: t.item_id, languages: teaserTexts.filter((x) => x.teaser_id === t.id).map((x) => x.language) })),
    trainings: trainings.filter((t) => t.campaignId === campaignId).map((t) => ({ id: t.id, publishedAt: t.publishedAt })),
  });
}

/** The trainings campaigns promote, linked themselves or through one of their teasers. */
async function promotedTrainings(db: Kysely<Database>, ids: string[]): Promise<Array<{ campaignId: string; id: string; publishedAt: string | null }>> {
  const [direct, viaTeasers] = await Promise.all([
    db
      .selectFrom('campaign_items')
      .innerJoin('learning_items', 'learning_items.id', 'campaign_items.item_id')
      .select(['campaign_id', 'learning_items.id', 'learning_items.published_at'])
      .where('campaign_id', 'in', ids)
      .execute(),
    db
      .selectFrom('campaign_teasers')
      .innerJoin('teasers', 'teasers.id', 'campaign_teasers.teaser_id')
      .innerJoin('learning_items', 'learning_items.id', 'teasers.item_id')
      .select(['campaign_id', 'learning_items.id', 'learning_items.published_at'])
      .where('campaign_id', 'in', ids)
      .execute(),
  ]);
  const seen = new Set<string>();
  return [...direct, ...viaTeasers].flatMap((r) => {
    const key = `${r.campaign_id} ${r.id}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ campaignId: r.campaign_id, id: r.id, publishedAt: r.published_at }];
  });
}

/**
 * Publishes a campaign: from now its teasers are revealed at its kick-off,
 * and the draft teasers and trainings it holds are published with it (at the
 * kick-off, or now without one), unless they were published on their own.
 * What it still lacks is refused with its list unless `anyway`.
 */
export async function publishCampaign(db: Kysely<Database>, publicUrl: string, admin: PersonRow, id: string, anyway: boolean, now: Date): Promise<Campaign> {
  const campaign = await getCampaign(db, publicUrl, id, now);
  const blocking = campaign.gaps.filter((g) => g.code !== 'training_draft');
  if (blocking.length > 0 && !anyway) {
    throw new AppError(409, 'campaign_incomplete', `Still missing: ${blocking.map((g) => g.code).join(', ')}`);
  }
  const at = campaign.kickoffAt ?? now.toISOString();
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('campaigns').set({ published_at: campaign.publishedAt ?? now.toISOString(), updated_at: now.toISOString() }).where('id', '=', id).execute();
    const drafts = campaign.gaps.flatMap((g) => (g.code === 'training_draft' ? [g.itemId] : []));
    if (drafts.length) await trx.updateTable('learning_items').set({ published_at: at }).where('id', 'in', drafts).where('published_at', 'is', null).execute();
    if (campaign.teaserIds.length) await trx.updateTable('teasers').set({ published_at: at }).where('id', 'in', campaign.teaserIds).where('published_at', 'is', null).execute();
    await recordAudit(trx, { actorId: admin.id, action: 'campaign.publish', entityType: 'campaign', entityId: id, detail: { trainings: drafts, gaps: blocking.map((g) => g.code) } }, now);
  });
  return getCampaign(db, publicUrl, id, now);
}

/** Adds trainings and teasers made in place from the campaign; a teaser leaves any other campaign and is revealed at this one's kick-off. */
export async function attachToCampaign(
  db: Kysely<Database>,
  publicUrl: string,
  admin: PersonRow,
  id: string,
  input: { itemIds: string[]; teaserIds: string[] },
  now: Date,
): Promise<Campaign> {
  await db.transaction().execute(async (trx) => {
    const campaign = await trx.selectFrom('campaigns').select(['id', 'kickoff_at']).where('id', '=', id).executeTakeFirst();
    if (!campaign) throw notFound('Campaign');
    await requireAll(trx, 'learning_items', input.itemIds, 'trainings');
    await requireAll(trx, 'teasers', input.teaserIds, 'teasers');
    const itemIds = [...new Set(input.itemIds)];
    const teaserIds = [...new Set(input.teaserIds)];
    if (itemIds.length) {
      await trx.deleteFrom('campaign_items').where('campaign_id', '=', id).where('item_id', 'in', itemIds).execute();
      await trx.insertInto('campaign_items').values(itemIds.map((item_id) => ({ campaign_id: id, item_id }))).execute();
    }
    if (teaserIds.length) {
      await trx.deleteFrom('campaign_teasers').where('teaser_id', 'in', teaserIds).execute();
      await trx.insertInto('campaign_teasers').values(teaserIds.map((teaser_id) => ({ campaign_id: id, teaser_id }))).execute();
    }
    await scheduleCampaignTeasers(trx, id, campaign.kickoff_at);
    await trx.updateTable('campaigns').set({ updated_at: now.toISOString() }).where('id', '=', id).execute();
    await recordAudit(trx, { actorId: admin.id, action: 'campaign.attach', entityType: 'campaign', entityId: id, detail: { itemIds, teaserIds } }, now);
  });
  return getCampaign(db, publicUrl, id, now);
}

async function requireAll(db: Kysely<Database>, table: 'learning_items' | 'teasers', ids: readonly string[], what: string): Promise<void> {
  if (ids.length === 0) return;
  const found = await db.selectFrom(table).select('id').where('id', 'in', ids).execute();
  if (found.length !== new Set(ids).size) throw new AppError(422, 'unknown_reference', `Some ${what} do not exist`);
}

/** Only a micro-training plays without an account: a macro-training lives on its platform, a classroom one needs a seat. */
async function requireMicro(db: Kysely<Database>, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const found = await db.selectFrom('learning_items').select('id').where('id', 'in', ids).where('kind', '=', 'micro').execute();
  if (found.length !== new Set(ids).size) throw new AppError(422, 'not_micro', 'Only micro-trainings can be open to try');
}

/** Writes the campaign row and its links; its teasers are (re)scheduled at the kick-off. */
async function saveCampaign(trx: Kysely<Database>, id: string, input: CampaignInput, now: Date, isNew: boolean): Promise<void> {
  await requireAll(trx, 'learning_items', input.itemIds, 'trainings');
  await requireAll(trx, 'teasers', input.teaserIds, 'teasers');
  await requireMicro(trx, input.tryItemIds);
  await requireSavedGroups(trx, input.target.groupIds);
  const kickoffAt = input.kickoffAt === null ? null : new Date(input.kickoffAt).toISOString();
  const values = {
    name: input.name,
    starts_on: input.startsOn,
    ends_on: input.endsOn,
    kickoff_at: kickoffAt,
    kickoff_place: input.kickoffPlace,
    kickoff_url: input.kickoffUrl,
    texts: JSON.stringify(input.texts),
    target: JSON.stringify(input.target),
    updated_at: now.toISOString(),
  };
  if (isNew) await trx.insertInto('campaigns').values({ id, ...values, revealed_at: null, published_at: null, created_at: now.toISOString() }).execute();
  else {
    const existing = await trx.selectFrom('campaigns').select('kickoff_at').where('id', '=', id).executeTakeFirst();
    if (!existing) throw notFound('Campaign');
    // A kick-off moved to later is a new reveal still to come.
    const reset = existing.kickoff_at !== kickoffAt ? { revealed_at: null } : {};
    await trx.updateTable('campaigns').set({ ...values, ...reset }).where('id', '=', id).execute();
  }
  await trx.deleteFrom('campaign_items').where('campaign_id', '=', id).execute();
  await trx.deleteFrom('campaign_teasers').where('campaign_id', '=', id).execute();
  const itemIds = [...new Set(input.itemIds)];
  const teaserIds = [...new Set(input.teaserIds)];
  const open = new Set(input.tryItemIds);
  if (itemIds.length) {
    await trx
      .insertInto('campaign_items')
      .values(itemIds.map((item_id) => ({ campaign_id: id, item_id, open_to_try: open.has(item_id) ? 1 : 0 })))
      .execute();
  }
  if (teaserIds.length) {
    // A teaser moves to this campaign if it was in another one.
    await trx.deleteFrom('campaign_teasers').where('teaser_id', 'in', teaserIds).execute();
    await trx.insertInto('campaign_teasers').values(teaserIds.map((teaser_id) => ({ campaign_id: id, teaser_id }))).execute();
  }
  await scheduleCampaignTeasers(trx, id, kickoffAt);
}

export async function createCampaign(db: Kysely<Database>, publicUrl: string, admin: PersonRow, input: CampaignInput, now: Date): Promise<Campaign> {
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await saveCampaign(trx, id, input, now, true);
    await recordAudit(trx, { actorId: admin.id, action: 'campaign.create', entityType: 'campaign', entityId: id, detail: detailOf(input) }, now);
  });
  return getCampaign(db, publicUrl, id, now);
}

export async function updateCampaign(db: Kysely<Database>, publicUrl: string, admin: PersonRow, id: string, input: CampaignInput, now: Date): Promise<Campaign> {
  await db.transaction().execute(async (trx) => {
    await saveCampaign(trx, id, input, now, false);
    await recordAudit(trx, { actorId: admin.id, action: 'campaign.update', entityType: 'campaign', entityId: id, detail: detailOf(input) }, now);
  });
  return getCampaign(db, publicUrl, id, now);
}

function detailOf(input: CampaignInput): Record<string, unknown> {
  return { name: input.name, kickoffAt: input.kickoffAt, itemIds: input.itemIds, tryItemIds: input.tryItemIds, teaserIds: input.teaserIds, target: input.target };
}
