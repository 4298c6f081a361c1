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

const textsSchema = z.array(campaignTextSchema);
const emptyFigures = (): PosterFigures => ({ scans: 0, signUps: 0, installs: 0, pushOptIns: 0 });

export function parseJson<T>(json: string, schema: z.ZodMiniType<T>, fallback: T): T {
  try {
    const parsed = schema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

export const campaignTexts = (row: CampaignRow) => parseJson(row.texts, textsSchema, []);

/** Campaigns with their posters and figures, newest first; `id` narrows to one. */
export async function listCampaigns(db: Kysely<Database>, publicUrl: string, id?: string): Promise<Campaign[]> {
  let query = db.selectFrom('campaigns').selectAll().orderBy('created_at', 'desc').orderBy('id');
  if (id) query = query.where('id', '=', id);
  const rows = await query.execute();
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const [items, teasers, posters] = await Promise.all([
    db.selectFrom('campaign_items').selectAll().where('campaign_id', 'in', ids).execute(),
    db.selectFrom('campaign_teasers').selectAll().where('campaign_id', 'in', ids).execute(),
    listPostersOf(db, ids),
  ]);
  const figures = await figuresOf(
    db,
    posters.map((p) => p.id),
  );
  return rows.map((row) => {
    const own = posters
      .filter((p) => p.campaign_id === row.id)
      .map((p) => ({ id: p.id, campaignId: p.campaign_id, placement: p.placement, code: p.code, url: posterUrl(publicUrl, p.code), figures: figures.get(p.id) ?? emptyFigures() }));
    const total = emptyFigures();
    for (const p of own) for (const key of Object.keys(total) as Array<keyof PosterFigures>) total[key] += p.figures[key];
    return {
      id: row.id,
      name: row.name,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      texts: campaignTexts(row),
      target: parseJson(row.target, campaignTargetSchema, { departmentIds: [], teamIds: [], roles: [], locations: [], languages: [] }),
      kickoffAt: row.kickoff_at,
      kickoffPlace: row.kickoff_place,
      kickoffUrl: row.kickoff_url,
      itemIds: items.filter((i) => i.campaign_id === row.id).map((i) => i.item_id),
      tryItemIds: items.filter((i) => i.campaign_id === row.id && i.open_to_try === 1).map((i) => i.item_id),
      teaserIds: teasers.filter((t) => t.campaign_id === row.id).map((t) => t.teaser_id),
      posters: own,
      figures: total,
      updatedAt: row.updated_at,
    };
  });
}

export async function getCampaign(db: Kysely<Database>, publicUrl: string, id: string): Promise<Campaign> {
  const [campaign] = await listCampaigns(db, publicUrl, id);
  if (!campaign) throw notFound('Campaign');
  return campaign;
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
  if (isNew) await trx.insertInto('campaigns').values({ id, ...values, revealed_at: null, created_at: now.toISOString() }).execute();
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
  return getCampaign(db, publicUrl, id);
}

export async function updateCampaign(db: Kysely<Database>, publicUrl: string, admin: PersonRow, id: string, input: CampaignInput, now: Date): Promise<Campaign> {
  await db.transaction().execute(async (trx) => {
    await saveCampaign(trx, id, input, now, false);
    await recordAudit(trx, { actorId: admin.id, action: 'campaign.update', entityType: 'campaign', entityId: id, detail: detailOf(input) }, now);
  });
  return getCampaign(db, publicUrl, id);
}

function detailOf(input: CampaignInput): Record<string, unknown> {
  return { name: input.name, kickoffAt: input.kickoffAt, itemIds: input.itemIds, tryItemIds: input.tryItemIds, teaserIds: input.teaserIds, target: input.target };
}
