import { sql, type Kysely } from 'kysely';

/*
 * The learning strategy: drivers, goals at three levels (an individual goal
 * is the person's own and goes with them), WIIFM messages per target group
 * and need, and the competencies that matter per role.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('strategy_drivers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title_nl', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('explanation_nl', 'text', (c) => c.notNull())
    .addColumn('explanation_en', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('goals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('level', 'text', (c) => c.notNull().check(sql`level in ('organisation', 'department', 'individual')`))
    .addColumn('department_id', 'text', (c) => c.references('departments.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.references('people.id').onDelete('cascade'))
    // A goal it serves; when that one goes, this one stands on its own.
    .addColumn('parent_id', 'text', (c) => c.references('goals.id').onDelete('set null'))
    .addColumn('title_nl', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    // JSON arrays: competencies named, and trainings that serve the goal.
    .addColumn('competencies', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('item_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('agreed_with_manager', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reached_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('goals_person_idx').on('goals').column('person_id').execute();

  await db.schema
    .createTable('wiifm_messages')
    .addColumn('group_kind', 'text', (c) => c.notNull())
    .addColumn('group_id', 'text', (c) => c.notNull())
    .addColumn('need', 'text', (c) => c.notNull())
    .addColumn('text_nl', 'text', (c) => c.notNull())
    .addColumn('text_en', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('wiifm_messages_pk', ['group_kind', 'group_id', 'need'])
    .execute();

  await db.schema
    .createTable('role_competencies')
    .addColumn('role', 'text', (c) => c.primaryKey())
    .addColumn('job', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('market', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['role_competencies', 'wiifm_messages', 'goals', 'strategy_drivers']) await db.schema.dropTable(table).execute();
}
