import type { Kysely } from 'kysely';

/*
 * Learning paths: an ordered set of trainings for target groups (L&D) or a
 * team (its manager), and each person's finishing of a path, stored once
 * (the primary key holds that under concurrent syncs).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('learning_paths')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title_nl', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('mandatory', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('due_date', 'text')
    // JSON of TargetGroups; for a manager's path, their team.
    .addColumn('target', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('team_id', 'text', (c) => c.references('teams.id').onDelete('cascade'))
    .addColumn('created_by', 'text', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('learning_path_items')
    .addColumn('path_id', 'text', (c) => c.notNull().references('learning_paths.id').onDelete('cascade'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('learning_items.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('learning_path_items_pk', ['path_id', 'item_id'])
    .execute();
  await db.schema.createIndex('learning_path_items_item_idx').on('learning_path_items').column('item_id').execute();

  await db.schema
    .createTable('path_completions')
    .addColumn('path_id', 'text', (c) => c.notNull().references('learning_paths.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('completed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('path_completions_pk', ['path_id', 'person_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['path_completions', 'learning_path_items', 'learning_paths']) await db.schema.dropTable(table).execute();
}
