import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { TryPassesTable, TryPassRow } from './try-first.table';

/**
 * A published micro-training that the campaign behind `code` opened to try,
 * or undefined. The code is a poster's or a channel link's: both are
 * attribution sources of the campaign and open its kick-off page.
 */
export async function findTryableItem(db: Kysely<Database>, code: string, itemId: string, now: Date): Promise<{ id: string } | undefined> {
  return db
    .selectFrom('attribution_sources')
    .innerJoin('campaign_items', 'campaign_items.campaign_id', 'attribution_sources.campaign_id')
    .innerJoin('learning_items', 'learning_items.id', 'campaign_items.item_id')
    .select('learning_items.id')
    .where('attribution_sources.code', '=', code)
    .where('attribution_sources.kind', 'in', ['poster', 'channel_link'])
    .where('campaign_items.item_id', '=', itemId)
    .where('campaign_items.open_to_try', '=', 1)
    .where('learning_items.kind', '=', 'micro')
    .where('learning_items.published_at', '<=', now.toISOString())
    .executeTakeFirst();
}

export async function insertTryPass(db: Kysely<Database>, pass: TryPassesTable): Promise<void> {
  await db.insertInto('try_passes').values(pass).execute();
}

/**
 * Claims the pass for `personId` if nobody has yet, and answers who holds it
 * now. The conditional update decides between two claims at once (two phones,
 * two tabs): exactly one of them changes the row.
 */
export async function claimTryPass(db: Kysely<Database>, passId: string, personId: string, now: Date): Promise<TryPassRow | undefined> {
  await db.updateTable('try_passes').set({ claimed_by: personId, claimed_at: now.toISOString() }).where('id', '=', passId).where('claimed_by', 'is', null).execute();
  return db.selectFrom('try_passes').selectAll().where('id', '=', passId).executeTakeFirst();
}

/** Passes never claimed and older than the offline window can no longer be: they go. */
export async function deleteUnclaimedPassesBefore(db: Kysely<Database>, before: Date): Promise<void> {
  await db.deleteFrom('try_passes').where('claimed_by', 'is', null).where('issued_at', '<', before.toISOString()).execute();
}
