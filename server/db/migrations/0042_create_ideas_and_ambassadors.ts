import type { Kysely } from 'kysely';

/*
 * The idea box (an idea, its supporters, L&D's status and answer) and
 * ambassadors: active learners who opted in to being considered, L&D's
 * invitation, and what an ambassador drafts for L&D to review.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('ideas')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('author_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    // new | considering | planned | done | declined
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('answer', 'text')
    .addColumn('status_changed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('ideas_status_idx').on('ideas').columns(['status', 'created_at']).execute();

  await db.schema
    .createTable('idea_votes')
    .addColumn('idea_id', 'text', (c) => c.notNull().references('ideas.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('voted_at', 'text', (c) => c.notNull())
    // One vote per person: the key holds it under concurrent taps.
    .addPrimaryKeyConstraint('idea_votes_pk', ['idea_id', 'person_id'])
    .execute();
  await db.schema.createIndex('idea_votes_person_idx').on('idea_votes').column('person_id').execute();

  await db.schema
    .createTable('ambassadors')
    .addColumn('person_id', 'text', (c) => c.primaryKey().references('people.id').onDelete('cascade'))
    // 1: the person agreed to be considered when L&D looks for ambassadors.
    .addColumn('considered', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('invited_at', 'text')
    .addColumn('accepted_at', 'text')
    .addColumn('show_badge', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('show_authorship', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('ambassador_drafts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('author_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    // teaser | micro
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    // submitted | reviewed
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['ambassador_drafts', 'ambassadors', 'idea_votes', 'ideas']) await db.schema.dropTable(table).execute();
}
