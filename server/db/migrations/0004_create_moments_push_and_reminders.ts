import { sql, type Kysely } from 'kysely';

/*
 * The weekly learning moment, web-push subscriptions, every notification
 * sent to a person (the in-app inbox and the weekly cap read it, whoever
 * sent it) and the persisted reminder jobs. A person who left keeps their
 * row (figures stay whole) but gets nothing any more: people.left_at.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('people').addColumn('left_at', 'text').execute();

  await db.schema
    .createTable('learning_moments')
    .addColumn('person_id', 'text', (c) => c.primaryKey().references('people.id').onDelete('cascade'))
    .addColumn('weekdays', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('form', 'text', (c) => c.notNull().check(sql`form in ('online', 'classroom')`))
    .addColumn('topic', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('push_subscriptions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('endpoint', 'text', (c) => c.notNull().unique())
    .addColumn('p256dh', 'text', (c) => c.notNull())
    .addColumn('auth', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    // The device's last app open: WebKit accepts pushes for dead endpoints, so an idle device is retired by age.
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('push_subscriptions_person_idx').on('push_subscriptions').column('person_id').execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    // Set once a push service accepted it for at least one device; null means it waits in the in-app inbox.
    .addColumn('pushed_at', 'text')
    .addColumn('read_at', 'text')
    .execute();
  await db.schema.createIndex('notifications_person_idx').on('notifications').columns(['person_id', 'created_at']).execute();

  await db.schema
    .createTable('reminder_jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    // The slot start this reminder is for; with person_id the key that keeps a restart from planning it twice.
    .addColumn('occurrence_at', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    // After this the moment is over: a reminder still unsent is dropped and logged.
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('claimed_at', 'text')
    .addColumn('claimed_by', 'text')
    .addColumn('attempt', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('done_at', 'text')
    .addColumn('outcome', 'text')
    .addColumn('last_error', 'text')
    .addUniqueConstraint('reminder_jobs_occurrence_unique', ['person_id', 'occurrence_at'])
    .execute();
  await db.schema.createIndex('reminder_jobs_due_idx').on('reminder_jobs').columns(['done_at', 'due_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['reminder_jobs', 'notifications', 'push_subscriptions', 'learning_moments']) await db.schema.dropTable(table).execute();
  await db.schema.alterTable('people').dropColumn('left_at').execute();
}
