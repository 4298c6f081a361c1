import type { Kysely } from 'kysely';

/*
 * A competition may be for saved target groups as well (`target_group_ids`, a JSON list like its other target
 * columns): then only people in at least one of them take part. Competitions made before this name none ('[]').
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('competitions')
    .addColumn('target_group_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('competitions').dropColumn('target_group_ids').execute();
}
