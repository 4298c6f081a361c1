import type { Kysely } from 'kysely';

/*
 * Try before joining. L&D marks some of a campaign's micro-trainings as open
 * to try from its kick-off page (`campaign_items.open_to_try`). Whoever opens
 * one without an account gets a try pass: a random id the server issued for
 * that training at that moment, through that poster. It holds nothing about
 * the visitor. Their progress stays on the phone until they join; the pass is
 * what lets the server check a claim of it (issued here, for this training,
 * not before this moment) and credit it to one person only (`claimed_by`).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('campaign_items')
    .addColumn('open_to_try', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable('try_passes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('learning_items.id').onDelete('cascade'))
    .addColumn('source_code', 'text')
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('claimed_by', 'text', (c) => c.references('people.id').onDelete('cascade'))
    .addColumn('claimed_at', 'text')
    .execute();
  await db.schema.createIndex('try_passes_issued_at').on('try_passes').column('issued_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('try_passes').execute();
  await db.schema.alterTable('campaign_items').dropColumn('open_to_try').execute();
}
