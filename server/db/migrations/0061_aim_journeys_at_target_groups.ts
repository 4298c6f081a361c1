import type { Kysely } from 'kysely';

/*
 * A journey may be for a saved target group (`journeys.group_id`): then the
 * group's rules decide who may enter, instead of the departments, teams,
 * roles and languages in `journeys.audience`. Journeys made before this are
 * for no group (null) and keep their audience.
 *
 * No foreign key: SQLite cannot drop a column that is part of one (so `down`
 * would fail there), and the service refuses to delete a group a journey
 * uses. Should a group still go missing, the engine finds no members for it:
 * the journey reaches nobody rather than everyone.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('journeys').addColumn('group_id', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('journeys').dropColumn('group_id').execute();
}
