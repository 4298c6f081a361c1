import { sql, type Kysely } from 'kysely';

/*
 * A campaign is a draft until it is published (`campaigns.published_at`);
 * the teasers linked to a draft campaign are not shown. Campaigns made
 * before this were live as soon as they were saved, so they count as
 * published when they were made. The catalogue triggers of 0015 already
 * follow changes to campaigns.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('campaigns').addColumn('published_at', 'text').execute();
  await sql`update campaigns set published_at = created_at`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('campaigns').dropColumn('published_at').execute();
}
