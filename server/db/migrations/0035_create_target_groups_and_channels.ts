import type { Kysely } from 'kysely';

/*
 * Saved target groups and the channel mix. A group is a name and a rule
 * (JSON, decided by shared/domain/target-group.ts); it holds no people: who
 * is in it is worked out when asked, so it is never stale. A campaign's
 * channel is one chosen way to reach one group (or everyone, group_id
 * null) — a team-meeting handout, an intranet link or card, e-mail, push, an
 * in-app card — and has its own attribution source (kind 'channel_link')
 * whose short code its link carries.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('target_groups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('rules', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('campaign_channels')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
    // A deleted group takes its channels with it (and, through the service, their sources).
    .addColumn('group_id', 'text', (c) => c.references('target_groups.id').onDelete('cascade'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('campaign_channels_campaign_idx').on('campaign_channels').columns(['campaign_id', 'group_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('campaign_channels').execute();
  await db.schema.dropTable('target_groups').execute();
}
