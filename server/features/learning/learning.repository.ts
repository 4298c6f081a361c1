import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { LearningItemRow, LearningItemTextRow } from './learning.table';

export interface ItemWithTexts {
  item: LearningItemRow;
  texts: LearningItemTextRow[];
}

export async function findItem(db: Kysely<Database>, id: string): Promise<ItemWithTexts | undefined> {
  const item = await db.selectFrom('learning_items').selectAll().where('id', '=', id).executeTakeFirst();
  return item ? (await attachTexts(db, [item]))[0] : undefined;
}

/** Several items with their texts, in one query each; ids that do not exist are left out. */
export async function findItems(db: Kysely<Database>, ids: readonly string[]): Promise<ItemWithTexts[]> {
  if (ids.length === 0) return [];
  return attachTexts(db, await db.selectFrom('learning_items').selectAll().where('id', 'in', ids).execute());
}

async function attachTexts(db: Kysely<Database>, items: LearningItemRow[]): Promise<ItemWithTexts[]> {
  if (items.length === 0) return [];
  const texts = await db
    .selectFrom('learning_item_texts')
    .selectAll()
    .where(
      'item_id',
      'in',
      items.map((i) => i.id),
    )
    .execute();
  return items.map((item) => ({ item, texts: texts.filter((t) => t.item_id === item.id) }));
}

export async function listCompletedItemIds(db: Kysely<Database>, personId: string): Promise<string[]> {
  const rows = await db.selectFrom('item_completions').select('item_id').where('person_id', '=', personId).execute();
  return rows.map((r) => r.item_id);
}

/** Distinct parts: a part done again (a retry, or on a second device, under a new event id) is still one part. */
export async function countMacroPartsDone(db: Kysely<Database>, personId: string, itemId: string): Promise<number> {
  const row = await db
    .selectFrom('learning_events')
    .select((eb) => eb.fn.count<number | string>('part').distinct().as('n'))
    .where('person_id', '=', personId)
    .where('item_id', '=', itemId)
    .where('kind', '=', 'macro_part_done')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
