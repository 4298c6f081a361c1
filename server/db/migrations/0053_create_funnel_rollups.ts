import type { Kysely } from 'kysely';

/*
 * The funnel's rollups (server/features/insights), so a dashboard costs what
 * the campaigns and weeks it shows cost, not what every event ever recorded
 * costs. A scheduled task folds what arrived since its last run:
 * - learning_weeks: the ISO weeks (in the person's own zone) in which a
 *   person learned (a counted week, as streaks count it); personal, erased
 *   with the person, in their export.
 * - funnel_firsts: when a person first finished a training; personal.
 * - funnel_weeks: per week, source (first touch, '' for none) and team
 *   ('' for none), how many people joined, installed, turned reminders on
 *   and finished a first training that week, and how many were active and
 *   retained (counted weeks in ≥ 4 of the last 6) in it. Plain counts.
 * - funnel_visit_weeks: visits (scans, clicks) per week and source.
 * - funnel_trainings: per training, started, completed, median minutes and reactions.
 * - funnel_state: how far the fold has come (received_at of the last event folded).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('learning_weeks')
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('week', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('learning_weeks_pk', ['person_id', 'week'])
    .execute();
  await db.schema.createIndex('learning_weeks_week_idx').on('learning_weeks').columns(['week', 'person_id']).execute();
  await db.schema
    .createTable('funnel_firsts')
    .addColumn('person_id', 'text', (c) => c.primaryKey().references('people.id').onDelete('cascade'))
    .addColumn('first_training_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('funnel_firsts_at_idx').on('funnel_firsts').column('first_training_at').execute();
  await db.schema
    .createTable('funnel_weeks')
    .addColumn('week', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('joined', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('installed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reminders', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('first_trainings', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('retained', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('funnel_weeks_pk', ['week', 'source_id', 'team_id'])
    .execute();
  await db.schema.createIndex('funnel_weeks_source_idx').on('funnel_weeks').columns(['source_id', 'week']).execute();
  await db.schema
    .createTable('funnel_visit_weeks')
    .addColumn('week', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('visits', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('funnel_visit_weeks_pk', ['week', 'source_id'])
    .execute();
  await db.schema
    .createTable('funnel_trainings')
    .addColumn('item_id', 'text', (c) => c.primaryKey())
    .addColumn('started', 'integer', (c) => c.notNull())
    .addColumn('completed', 'integer', (c) => c.notNull())
    .addColumn('median_minutes', 'integer')
    .addColumn('reactions', 'integer', (c) => c.notNull())
    .addColumn('useful', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('funnel_state')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('folded_through', 'text', (c) => c.notNull())
    .addColumn('folded_at', 'text', (c) => c.notNull())
    .execute();
  // What the fold looks up by time. (The attribution tables come in 0059, after this: their folds scan them, one row per person or visit.)
  await db.schema.createIndex('learning_events_received_idx').on('learning_events').column('received_at').execute();
  await db.schema.createIndex('people_joined_idx').on('people').column('joined_at').execute();
  await db.schema.createIndex('acquisition_events_at_idx').on('acquisition_events').column('occurred_at').execute();
  await db.schema.createIndex('item_completions_item_idx').on('item_completions').columns(['item_id', 'completed_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const index of ['item_completions_item_idx', 'acquisition_events_at_idx', 'people_joined_idx', 'learning_events_received_idx']) {
    await db.schema.dropIndex(index).execute();
  }
  for (const table of ['funnel_state', 'funnel_trainings', 'funnel_visit_weeks', 'funnel_weeks', 'funnel_firsts', 'learning_weeks']) await db.schema.dropTable(table).execute();
}
