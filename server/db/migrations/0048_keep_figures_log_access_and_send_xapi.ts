import type { Kysely } from 'kysely';

/*
 * Works-council mode and the learning record store.
 * - activity_months: the funnel's monthly figures, folded in before the
 *   retention purge deletes the learning events they were counted from;
 *   counts only, nobody in them.
 * - access_log: an admin or manager opened a view with someone else's
 *   personal data; the person sees who and when. One row per viewer, person,
 *   view and day, so reopening a list does not fill the table.
 * - task_runs: a nightly task claims its night here, so of N instances one runs it.
 * - xapi_outbox: statements for the organisation's LRS, keyed by the
 *   statement id (derived from the event id), sent with backoff.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('activity_months')
    .addColumn('month', 'text', (c) => c.primaryKey())
    .addColumn('joined', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('retained', 'integer', (c) => c.notNull())
    .addColumn('completions', 'integer', (c) => c.notNull())
    .addColumn('answers', 'integer', (c) => c.notNull())
    .addColumn('folded_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('access_log')
    .addColumn('viewer_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('subject_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('view', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('viewed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('access_log_pk', ['subject_id', 'viewer_id', 'view', 'day'])
    .execute();

  await db.schema
    .createTable('task_runs')
    .addColumn('task', 'text', (c) => c.notNull())
    .addColumn('run_key', 'text', (c) => c.notNull())
    .addColumn('claimed_by', 'text', (c) => c.notNull())
    .addColumn('claimed_at', 'text', (c) => c.notNull())
    .addColumn('report', 'text')
    .addPrimaryKeyConstraint('task_runs_pk', ['task', 'run_key'])
    .execute();

  await db.schema
    .createTable('xapi_outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('statement', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('last_error', 'text')
    .execute();
  await db.schema.createIndex('xapi_outbox_due_idx').on('xapi_outbox').columns(['sent_at', 'next_attempt_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['xapi_outbox', 'task_runs', 'access_log', 'activity_months']) await db.schema.dropTable(table).execute();
}
