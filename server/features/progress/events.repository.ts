import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { LearningEventsTable } from './events.table';

/**
 * Inserts an event unless its id (or its award key) is already there.
 * Returns whether a row was written; a unique clash is not an error here,
 * because a resent event is the normal case for an offline outbox.
 */
export async function insertEventIfNew(db: Kysely<Database>, row: LearningEventsTable): Promise<boolean> {
  const inserted = await db.insertInto('learning_events').values(row).onConflict((oc) => oc.doNothing()).returning('id').executeTakeFirst();
  return inserted !== undefined;
}

export async function findEventOwners(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('learning_events').select(['id', 'person_id']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.person_id]));
}

/** Which of these trainings the person already has events about. */
export async function listItemsWithEvents(db: Kysely<Database>, personId: string, itemIds: readonly string[]): Promise<string[]> {
  if (itemIds.length === 0) return [];
  const rows = await db
    .selectFrom('learning_events')
    .select('item_id')
    .distinct()
    .where('person_id', '=', personId)
    .where('item_id', 'in', itemIds)
    .execute();
  return rows.flatMap((r) => (r.item_id ? [r.item_id] : []));
}

/** Records a completion; false when the person had completed the item before. */
export async function insertCompletion(db: Kysely<Database>, personId: string, itemId: string, at: string, source: 'app' | 'platform'): Promise<boolean> {
  const result = await db
    .insertInto('item_completions')
    .values({ person_id: personId, item_id: itemId, completed_at: at, source })
    .onConflict((oc) => oc.columns(['person_id', 'item_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

export async function sumPoints(db: Kysely<Database>, personId: string): Promise<number> {
  const row = await db
    .selectFrom('learning_events')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number | string>('points'), eb.lit(0)).as('total'))
    .where('person_id', '=', personId)
    .executeTakeFirstOrThrow();
  return Number(row.total);
}

/** When and where the person learned, for the streak. */
export async function listLearningMoments(db: Kysely<Database>, personId: string, kinds: readonly LearningEventsTable['kind'][]) {
  return db
    .selectFrom('learning_events')
    .select(['occurred_at', 'time_zone', 'kind', 'item_id'])
    .where('person_id', '=', personId)
    .where('kind', 'in', kinds)
    .orderBy('occurred_at')
    .execute();
}

/** Tells every instance that this person's feed changed (see teasers.service.ts). */
export async function bumpFeedVersion(db: Kysely<Database>, personId: string): Promise<void> {
  await db
    .updateTable('people')
    .set((eb) => ({ feed_version: eb('feed_version', '+', 1) }))
    .where('id', '=', personId)
    .execute();
}
