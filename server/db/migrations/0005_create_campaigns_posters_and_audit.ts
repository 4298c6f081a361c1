import { PostgresAdapter, sql, type Kysely } from 'kysely';

/*
 * Campaigns with their kick-off, QR posters per placement with their scans,
 * first-touch attribution of sign-ups, installs and push opt-ins, uploaded
 * images, and the audit log of admin changes.
 *
 * The reveal: a campaign's teasers are scheduled (published_at) at its
 * kick-off moment by the campaign service, so the feed and its in-memory
 * catalogue need no extra join (see server/features/campaigns/reveal.ts).
 * Scans store no personal data at all: a poster and a time.
 * Images live in the database, so every instance behind a load balancer
 * serves the same files.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('campaigns')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('kickoff_at', 'text')
    .addColumn('kickoff_place', 'text')
    .addColumn('kickoff_url', 'text')
    .addColumn('texts', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('target', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('revealed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('campaign_items')
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('learning_items.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('campaign_items_pk', ['campaign_id', 'item_id'])
    .execute();

  // A teaser belongs to at most one campaign: its reveal moment must be unambiguous.
  await db.schema
    .createTable('campaign_teasers')
    .addColumn('teaser_id', 'text', (c) => c.primaryKey().references('teasers.id').onDelete('cascade'))
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
    .execute();
  await db.schema.createIndex('campaign_teasers_campaign_idx').on('campaign_teasers').column('campaign_id').execute();

  await db.schema
    .createTable('campaign_rsvps')
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('answer', 'text', (c) => c.notNull().check(sql`answer in ('yes', 'no')`))
    .addColumn('answered_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('campaign_rsvps_pk', ['campaign_id', 'person_id'])
    .execute();

  await db.schema
    .createTable('posters')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
    .addColumn('placement', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('poster_scans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('poster_id', 'text', (c) => c.notNull().references('posters.id').onDelete('cascade'))
    .addColumn('scanned_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('poster_scans_poster_idx').on('poster_scans').column('poster_id').execute();

  // First touch: one row per person, never overwritten.
  await db.schema
    .createTable('poster_attributions')
    .addColumn('person_id', 'text', (c) => c.primaryKey().references('people.id').onDelete('cascade'))
    .addColumn('poster_id', 'text', (c) => c.notNull().references('posters.id').onDelete('cascade'))
    .addColumn('attributed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('poster_attributions_poster_idx').on('poster_attributions').column('poster_id').execute();

  await db.schema
    .createTable('acquisition_events')
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('install', 'push_opt_in')`))
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('acquisition_events_pk', ['person_id', 'kind'])
    .execute();

  await db.schema
    .createTable('images')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('bytes', postgres ? sql`bytea` : 'blob', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('actor_id', 'text', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_at_idx').on('audit_log').column('at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'audit_log',
    'images',
    'acquisition_events',
    'poster_attributions',
    'poster_scans',
    'posters',
    'campaign_rsvps',
    'campaign_teasers',
    'campaign_items',
    'campaigns',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
