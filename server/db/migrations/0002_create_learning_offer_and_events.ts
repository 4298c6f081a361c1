import { sql, type Kysely } from 'kysely';

/*
 * The learning offer (micro-, macro- and classroom trainings), what teasers
 * point to, and the events people record on their phones.
 * JSON documents (micro-training cards, targeting lists) are stored as text:
 * they are always read and written whole and validated by shared zod schemas.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('learning_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('micro', 'macro', 'classroom')`))
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('competencies', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('target_roles', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('target_department_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('macro_url', 'text')
    .addColumn('macro_parts', 'integer')
    .addColumn('published_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('learning_item_texts')
    .addColumn('item_id', 'text', (c) => c.notNull().references('learning_items.id').onDelete('cascade'))
    .addColumn('language', 'text', (c) => c.notNull().check(sql`language in ('nl', 'en')`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('micro_content', 'text')
    .addPrimaryKeyConstraint('learning_item_texts_pk', ['item_id', 'language'])
    .execute();

  await db.schema
    .createTable('classroom_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('learning_items.id').onDelete('cascade'))
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('seats', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('classroom_sessions_item_idx').on('classroom_sessions').column('item_id').execute();

  await db.schema
    .createTable('classroom_registrations')
    .addColumn('session_id', 'text', (c) => c.notNull().references('classroom_sessions.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('registered_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('classroom_registrations_pk', ['session_id', 'person_id'])
    .execute();

  await db.schema.alterTable('teasers').addColumn('item_id', 'text', (c) => c.references('learning_items.id').onDelete('set null')).execute();

  await db.schema
    .createTable('learning_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.references('learning_items.id').onDelete('set null'))
    .addColumn('teaser_id', 'text', (c) => c.references('teasers.id').onDelete('set null'))
    .addColumn('question_id', 'text')
    .addColumn('correct', 'integer')
    .addColumn('part', 'integer')
    .addColumn('award_key', 'text')
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('points', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('learning_events_person_idx').on('learning_events').columns(['person_id', 'occurred_at']).execute();
  // Points are earned once per thing (a training, a question, a teaser): the award key makes a
  // second award impossible even when two devices send at the same moment. NULLs never collide.
  await db.schema.createIndex('learning_events_award_unique').on('learning_events').columns(['person_id', 'award_key']).unique().execute();

  // One completion per person and item, however often the phone resends or the person repeats it.
  await db.schema
    .createTable('item_completions')
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('learning_items.id').onDelete('cascade'))
    .addColumn('completed_at', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('item_completions_pk', ['person_id', 'item_id'])
    .execute();

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['settings', 'item_completions', 'learning_events', 'classroom_registrations', 'classroom_sessions', 'learning_item_texts']) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.alterTable('teasers').dropColumn('item_id').execute();
  await db.schema.dropTable('learning_items').execute();
}
