import type { Kysely } from 'kysely';

/*
 * The monthly team e-mail a manager sends with one click: one per team and
 * month (the key holds it against a double click), and each recipient's
 * unsubscribe token (RFC 8058 one-click) and whether they unsubscribed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('team_emails')
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('sent_by', 'text', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addColumn('recipients', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('team_emails_pk', ['team_id', 'month'])
    .execute();

  await db.schema
    .createTable('team_email_recipients')
    .addColumn('person_id', 'text', (c) => c.primaryKey().references('people.id').onDelete('cascade'))
    .addColumn('token', 'text', (c) => c.notNull().unique())
    .addColumn('unsubscribed_at', 'text')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['team_email_recipients', 'team_emails']) await db.schema.dropTable(table).execute();
}
