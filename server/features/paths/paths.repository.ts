import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { LearningPathsTable, PathRow } from './paths.table';

export interface PathWithItems {
  path: PathRow;
  /** In the path's order. */
  itemIds: string[];
}

export async function listPaths(db: Kysely<Database>): Promise<PathWithItems[]> {
  const [paths, items] = await Promise.all([
    db.selectFrom('learning_paths').selectAll().orderBy('created_at').orderBy('id').execute(),
    db.selectFrom('learning_path_items').selectAll().orderBy('path_id').orderBy('position').execute(),
  ]);
  return paths.map((path) => ({ path, itemIds: items.filter((i) => i.path_id === path.id).map((i) => i.item_id) }));
}

export async function findPath(db: Kysely<Database>, id: string): Promise<PathWithItems | undefined> {
  const path = await db.selectFrom('learning_paths').selectAll().where('id', '=', id).executeTakeFirst();
  if (!path) return undefined;
  const items = await db.selectFrom('learning_path_items').select('item_id').where('path_id', '=', id).orderBy('position').execute();
  return { path, itemIds: items.map((i) => i.item_id) };
}

/** Writes a path and its items in the given order, replacing the items of an existing one. */
export async function savePath(db: Kysely<Database>, row: LearningPathsTable, itemIds: readonly string[], isNew: boolean): Promise<void> {
  if (isNew) await db.insertInto('learning_paths').values(row).execute();
  else await db.updateTable('learning_paths').set(row).where('id', '=', row.id).execute();
  await db.deleteFrom('learning_path_items').where('path_id', '=', row.id).execute();
  await db
    .insertInto('learning_path_items')
    .values(itemIds.map((item_id, position) => ({ path_id: row.id, item_id, position })))
    .execute();
}

export async function deletePath(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db.deleteFrom('learning_paths').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The paths that contain `itemId`, with all their items. */
export async function listPathsWithItem(db: Kysely<Database>, itemId: string): Promise<PathWithItems[]> {
  const pathIds = (await db.selectFrom('learning_path_items').select('path_id').where('item_id', '=', itemId).execute()).map((r) => r.path_id);
  if (pathIds.length === 0) return [];
  const [paths, items] = await Promise.all([
    db.selectFrom('learning_paths').selectAll().where('id', 'in', pathIds).execute(),
    db.selectFrom('learning_path_items').selectAll().where('path_id', 'in', pathIds).orderBy('position').execute(),
  ]);
  return paths.map((path) => ({ path, itemIds: items.filter((i) => i.path_id === path.id).map((i) => i.item_id) }));
}

/** Records that a person finished a path; false when it was recorded before (the primary key keeps it to once). */
export async function insertPathCompletion(db: Kysely<Database>, pathId: string, personId: string, at: string): Promise<boolean> {
  const result = await db
    .insertInto('path_completions')
    .values({ path_id: pathId, person_id: personId, completed_at: at })
    .onConflict((oc) => oc.columns(['path_id', 'person_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

export async function listPathCompletions(db: Kysely<Database>, personIds?: readonly string[]) {
  let query = db.selectFrom('path_completions').selectAll();
  if (personIds) {
    if (personIds.length === 0) return [];
    query = query.where('person_id', 'in', personIds);
  }
  return query.execute();
}

export async function listItemCompletions(db: Kysely<Database>, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  return db.selectFrom('item_completions').select(['person_id', 'item_id']).where('person_id', 'in', personIds).execute();
}

/** Everyone still here, with the facts audience rules read. */
export async function listCurrentPeople(db: Kysely<Database>) {
  return db.selectFrom('people').select(['id', 'name', 'role', 'language', 'department_id', 'team_id']).where('left_at', 'is', null).orderBy('name').execute();
}
