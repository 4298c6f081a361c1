import type { Kysely } from 'kysely';

/*
 * A per-person counter that moves whenever something in their feed changes
 * (a training completed, a teaser opened; bumped by the event sync, see
 * sync.service.ts). Together with the catalogue version (0003) it tells an
 * instance whether the feed it built for someone is still right, without
 * reading their history again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('people')
    .addColumn('feed_version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('people').dropColumn('feed_version').execute();
}
