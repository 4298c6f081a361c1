import { sql, type Kysely } from 'kysely';

/*
 * Attribution in one place. Every way people reach Leerlust — a poster, a
 * channel link, a story, a journey step — is a source with its own short
 * code, in one code space, so a sign-in link carries one `via` whatever
 * brought the person. Visits (a scan, a click) store a source and a moment,
 * nothing about who or which device. A person's first touch is the source
 * that brought them in; it is never overwritten.
 *
 * The poster tables move onto these: a poster is the source of kind
 * 'poster' whose ref_id and id are the poster's id, its scans become visits
 * and its sign-ups first touches, so every figure stays what it was.
 * Acquisition events (first install, first push opt-in) keep their table.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('attribution_sources')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    // The id of the thing in its own feature's table (a poster, a link, a story).
    .addColumn('ref_id', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.references('campaigns.id').onDelete('set null'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('attribution_sources_ref_unique').on('attribution_sources').columns(['kind', 'ref_id']).unique().execute();
  await db.schema.createIndex('attribution_sources_campaign_idx').on('attribution_sources').column('campaign_id').execute();

  await db.schema
    .createTable('attribution_visits')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('source_id', 'text', (c) => c.notNull().references('attribution_sources.id').onDelete('cascade'))
    .addColumn('visited_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('attribution_visits_source_idx').on('attribution_visits').columns(['source_id', 'visited_at']).execute();

  await db.schema
    .createTable('first_touches')
    .addColumn('person_id', 'text', (c) => c.primaryKey().references('people.id').onDelete('cascade'))
    .addColumn('source_id', 'text', (c) => c.notNull().references('attribution_sources.id').onDelete('cascade'))
    .addColumn('touched_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('first_touches_source_idx').on('first_touches').column('source_id').execute();

  await sql`insert into attribution_sources (id, kind, ref_id, campaign_id, label, code, created_at)
    select id, 'poster', id, campaign_id, placement, code, created_at from posters`.execute(db);
  await sql`insert into attribution_visits (id, source_id, visited_at) select id, poster_id, scanned_at from poster_scans`.execute(db);
  await sql`insert into first_touches (person_id, source_id, touched_at) select person_id, poster_id, attributed_at from poster_attributions`.execute(db);
  await db.schema.dropTable('poster_attributions').execute();
  await db.schema.dropTable('poster_scans').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('poster_scans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('poster_id', 'text', (c) => c.notNull().references('posters.id').onDelete('cascade'))
    .addColumn('scanned_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('poster_scans_poster_idx').on('poster_scans').column('poster_id').execute();
  await db.schema
    .createTable('poster_attributions')
    .addColumn('person_id', 'text', (c) => c.primaryKey().references('people.id').onDelete('cascade'))
    .addColumn('poster_id', 'text', (c) => c.notNull().references('posters.id').onDelete('cascade'))
    .addColumn('attributed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('poster_attributions_poster_idx').on('poster_attributions').column('poster_id').execute();
  await sql`insert into poster_scans (id, poster_id, scanned_at)
    select v.id, s.ref_id, v.visited_at from attribution_visits v join attribution_sources s on s.id = v.source_id where s.kind = 'poster'`.execute(db);
  await sql`insert into poster_attributions (person_id, poster_id, attributed_at)
    select t.person_id, s.ref_id, t.touched_at from first_touches t join attribution_sources s on s.id = t.source_id where s.kind = 'poster'`.execute(db);
  for (const table of ['first_touches', 'attribution_visits', 'attribution_sources']) await db.schema.dropTable(table).execute();
}
