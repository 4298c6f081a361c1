import type { Kysely } from 'kysely';

/*
 * Success stories: a colleague's short story about a training, moderated by
 * L&D before anyone sees it, and what it set going: who started the training
 * from it (once per person) and how often it was shared (no person). Views
 * and sign-ups are attribution's (a story is an attribution source).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('stories')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // The story is the author's: it goes with them.
    .addColumn('author_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('learning_items.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('image_id', 'text', (c) => c.references('images.id').onDelete('set null'))
    // full_name | first_name_department | anonymous
    .addColumn('display', 'text', (c) => c.notNull())
    // pending | edit_proposed | approved | declined
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decline_reason', 'text')
    // An edit L&D proposes; it replaces the text only when the author agrees.
    .addColumn('proposed_title', 'text')
    .addColumn('proposed_body', 'text')
    // The short code of its attribution source, for its share link.
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('approved_at', 'text')
    .execute();
  await db.schema.createIndex('stories_status_idx').on('stories').columns(['status', 'approved_at']).execute();
  await db.schema.createIndex('stories_author_idx').on('stories').column('author_id').execute();

  await db.schema
    .createTable('story_starts')
    .addColumn('story_id', 'text', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('story_starts_pk', ['story_id', 'person_id'])
    .execute();

  await db.schema
    .createTable('story_shares')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('story_id', 'text', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('shared_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('story_shares_story_idx').on('story_shares').column('story_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['story_shares', 'story_starts', 'stories']) await db.schema.dropTable(table).execute();
}
