import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { notFound } from '../../http/app-error';
import type { Campaign } from '../../../shared/schemas/campaigns';
import { recordAudit } from '../audit/audit.service';
import { getCampaign } from '../campaigns/campaigns.service';
import type { PersonRow } from '../people/people.table';
import { findPosterByCode } from './posters.repository';
import { newShortCode } from './short-code';

/** A poster for one placement, with a fresh short code (a collision, one in ~10¹¹, just draws again). */
export async function createPoster(db: Kysely<Database>, publicUrl: string, admin: PersonRow, campaignId: string, placement: string, now: Date): Promise<Campaign> {
  const campaign = await db.selectFrom('campaigns').select('id').where('id', '=', campaignId).executeTakeFirst();
  if (!campaign) throw notFound('Campaign');
  const id = randomUUID();
  for (let attempt = 0; ; attempt += 1) {
    const code = newShortCode();
    if (attempt < 5 && (await findPosterByCode(db, code))) continue;
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('posters').values({ id, campaign_id: campaignId, placement, code, created_at: now.toISOString() }).execute();
      await recordAudit(trx, { actorId: admin.id, action: 'poster.create', entityType: 'poster', entityId: id, detail: { campaignId, placement, code } }, now);
    });
    break;
  }
  return getCampaign(db, publicUrl, campaignId);
}

export async function deletePoster(db: Kysely<Database>, publicUrl: string, admin: PersonRow, posterId: string, now: Date): Promise<Campaign> {
  const poster = await db.selectFrom('posters').selectAll().where('id', '=', posterId).executeTakeFirst();
  if (!poster) throw notFound('Poster');
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('posters').where('id', '=', posterId).execute();
    await recordAudit(trx, { actorId: admin.id, action: 'poster.delete', entityType: 'poster', entityId: posterId, detail: { placement: poster.placement, code: poster.code } }, now);
  });
  return getCampaign(db, publicUrl, poster.campaign_id);
}

/** Counts one scan: a poster and a moment, nothing about the device or person. */
export async function countScan(db: Kysely<Database>, posterId: string, now: Date): Promise<void> {
  await db.insertInto('poster_scans').values({ id: randomUUID(), poster_id: posterId, scanned_at: now.toISOString() }).execute();
}

/**
 * First touch: the first poster that brought this person in keeps the
 * credit; later posters change nothing. An unknown code is ignored (a typo
 * must never stop someone from signing in).
 */
export async function recordFirstTouch(db: Kysely<Database>, personId: string, code: string, now: Date): Promise<void> {
  const poster = await findPosterByCode(db, code.toUpperCase());
  if (!poster) return;
  await db
    .insertInto('poster_attributions')
    .values({ person_id: personId, poster_id: poster.id, attributed_at: now.toISOString() })
    .onConflict((oc) => oc.column('person_id').doNothing())
    .execute();
}

/** A person's first install or push opt-in; later ones (another phone) change nothing. */
export async function recordAcquisition(db: Kysely<Database>, personId: string, kind: 'install' | 'push_opt_in', now: Date): Promise<void> {
  await db
    .insertInto('acquisition_events')
    .values({ person_id: personId, kind, occurred_at: now.toISOString() })
    .onConflict((oc) => oc.columns(['person_id', 'kind']).doNothing())
    .execute();
}
