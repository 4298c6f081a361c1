import type { Kysely } from 'kysely';

/*
 * Short evaluations, anonymous by construction. That a person took part (was
 * shown it, dismissed it, was reminded, responded) is kept in
 * evaluation_participations; what anyone answered is kept in
 * evaluation_responses, with no person id, no link to a participation and
 * only the day. The filters results offer (department, team, role, training)
 * are copied onto the response when it is given, so results never join
 * people. Reactions to a micro-training (useful or not) are one per person.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('evaluations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title_nl', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    // JSON of EvaluationQuestion[] (1..10).
    .addColumn('questions', 'text', (c) => c.notNull())
    // JSON of EvaluationTrigger.
    .addColumn('trigger', 'text', (c) => c.notNull())
    // draft | open | closed
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('evaluation_participations')
    .addColumn('evaluation_id', 'text', (c) => c.notNull().references('evaluations.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    // A periodic evaluation asks again each period; others have round 0.
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('shown_at', 'text', (c) => c.notNull())
    .addColumn('dismissed_at', 'text')
    .addColumn('reminded_at', 'text')
    // The day only, like the response: the exact moment would point at the response given then.
    .addColumn('responded_on', 'text')
    .addPrimaryKeyConstraint('evaluation_participations_pk', ['evaluation_id', 'person_id', 'round'])
    .execute();
  await db.schema.createIndex('evaluation_participations_person_idx').on('evaluation_participations').columns(['person_id', 'shown_at']).execute();

  await db.schema
    .createTable('evaluation_responses')
    // A random id: no sequence that orders responses like participations.
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('evaluation_id', 'text', (c) => c.notNull().references('evaluations.id').onDelete('cascade'))
    .addColumn('answered_on', 'text', (c) => c.notNull())
    .addColumn('department_id', 'text')
    .addColumn('team_id', 'text')
    .addColumn('role', 'text')
    .addColumn('item_id', 'text')
    // JSON of EvaluationAnswer[].
    .addColumn('answers', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('evaluation_responses_evaluation_idx').on('evaluation_responses').column('evaluation_id').execute();

  await db.schema
    .createTable('training_reactions')
    .addColumn('item_id', 'text', (c) => c.notNull().references('learning_items.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('useful', 'integer', (c) => c.notNull())
    .addColumn('reacted_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('training_reactions_pk', ['item_id', 'person_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['training_reactions', 'evaluation_responses', 'evaluation_participations', 'evaluations']) await db.schema.dropTable(table).execute();
}
