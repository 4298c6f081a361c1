import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { notFound } from '../../http/app-error';
import type { Campaign } from '../../../shared/schemas/campaigns';
import { recordAudit } from '../audit/audit.service';
import { creditVisit, findSourceOf, registerSource, removeSource } from '../attribution/attribution.service';
import { getCampaign } from '../campaigns/campaigns.service';
import type { PersonRow } from '../people/people.table';
import type { PosterRow } from './posters.table';

/** A poster for one placement: an attribution source of kind 'poster', whose short code it prints. */
export async function createPoster(db: Kysely<Database>, publicUrl: string, admin: PersonRow, campaignId: string, placement: string, now: Date): Promise<Campaign> {
  const campaign = await db.selectFrom('campaigns').select('id').where('id', '=', campaignId).executeTakeFirst();
  if (!campaign) throw notFound('Campaign');
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    const { code } = await registerSource(trx, { kind: 'poster', refId: id, campaignId, label: placement }, now);
    await trx.insertInto('posters').values({ id, campaign_id: campaignId, placement, code, created_at: now.toISOString() }).execute();
    await recordAudit(trx, { actorId: admin.id, action: 'poster.create', entityType: 'poster', entityId: id, detail: { campaignId, placement, code } }, now);
  });
  return getCampaign(db, publicUrl, campaignId, now);
}

export async function deletePoster(db: Kysely<Database>, publicUrl: string, admin: PersonRow, posterId: string, now: Date): Promise<Campaign> {
  const poster = await db.selectFrom('posters').selectAll().where('id', '=', posterId).executeTakeFirst();
  if (!poster) throw notFound('Poster');
  await db.transaction().execute(async (trx) => {
    await removeSource(trx, 'poster', posterId);
    await trx.deleteFrom('posters').where('id', '=', posterId).execute();
    await recordAudit(trx, { actorId: admin.id, action: 'poster.delete', entityType: 'poster', entityId: posterId, detail: { placement: poster.placement, code: poster.code } }, now);
  });
  return getCampaign(db, publicUrl, poster.campaign_id, now);
}

/** Counts one scan: the poster's visit, through attribution (a poster and a moment, nothing about the device or person). */
export async function countScan(db: Kysely<Database>, poster: PosterRow, now: Date): Promise<void> {
  const source = await findSourceOf(db, 'poster', poster.id);
  if (source) await creditVisit(db, source.id, now);
}
