import type { Kysely } from 'kysely';

/* A manager's recommendation of a training or path to their team ("recommended by your manager"). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('team_recommendations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('manager_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('item_id', 'text', (c) => c.references('learning_items.id').onDelete('cascade'))
    .addColumn('path_id', 'text', (c) => c.references('learning_paths.id').onDelete('cascade'))
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('team_recommendations_team_idx').on('team_recommendations').columns(['team_id', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('team_recommendations').execute();
}
