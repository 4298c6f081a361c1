import type { Kysely } from 'kysely';

/*
 * Drip journeys. A journey's definition (trigger, steps, goal) is one
 * checked JSON document; the people in it are entries (one per person and
 * journey, so nobody enters twice); every person × step is a job with a
 * unique key, claimed like the reminders, so no step is ever sent twice.
 * Each message job has its own short link code: a click is counted on it
 * (no tracking pixels). The delivery ledger holds the budgeted messages of
 * every sender that does not leave a pushed notification behind (journey
 * e-mails and in-app cards), so one weekly budget counts them all.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('journeys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    // draft | active | paused
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('activated_at', 'text')
    .execute();

  await db.schema
    .createTable('journey_entries')
    .addColumn('journey_id', 'text', (c) => c.notNull().references('journeys.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('entered_at', 'text', (c) => c.notNull())
    .addColumn('exited_at', 'text')
    // goal | finished | left | unsubscribed | erased
    .addColumn('exit_reason', 'text')
    .addPrimaryKeyConstraint('journey_entries_pk', ['journey_id', 'person_id'])
    .execute();
  await db.schema.createIndex('journey_entries_person_idx').on('journey_entries').column('person_id').execute();

  await db.schema
    .createTable('journey_jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('journey_id', 'text', (c) => c.notNull().references('journeys.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('step_id', 'text', (c) => c.notNull())
    .addColumn('channel', 'text')
    .addColumn('due_at', 'text', (c) => c.notNull())
    // The moment the step was first due: the catch-up window counts from it.
    .addColumn('first_due_at', 'text', (c) => c.notNull())
    .addColumn('claimed_at', 'text')
    .addColumn('claimed_by', 'text')
    .addColumn('attempt', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('done_at', 'text')
    // sent | delivered | bounced | skipped_late | goal | left | unsubscribed | undeliverable | waited | branched | failed
    .addColumn('outcome', 'text')
    .addColumn('last_error', 'text')
    .addColumn('link_code', 'text', (c) => c.unique())
    .addColumn('clicked_at', 'text')
    .execute();
  await db.schema.createIndex('journey_jobs_key').on('journey_jobs').columns(['journey_id', 'person_id', 'step_id']).unique().execute();
  await db.schema.createIndex('journey_jobs_due_idx').on('journey_jobs').columns(['done_at', 'due_at']).execute();
  await db.schema.createIndex('journey_jobs_person_idx').on('journey_jobs').column('person_id').execute();

  await db.schema
    .createTable('delivery_ledger')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    // email | push | in_app
    .addColumn('channel', 'text', (c) => c.notNull())
    // journey | reminder | kickoff
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('delivery_ledger_person_idx').on('delivery_ledger').columns(['person_id', 'sent_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['delivery_ledger', 'journey_jobs', 'journey_entries', 'journeys']) await db.schema.dropTable(table).execute();
}
