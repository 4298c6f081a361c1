import type { Kysely } from 'kysely';

/*
 * One unsubscribe and preference feature for every bulk mail: a person's
 * one token (RFC 8058 one-click, and the preference page), per topic whether
 * they switched it off, and whether their address is undeliverable (a hard
 * bounce at send time). The team e-mail moves onto these in 0060, after
 * 0045 made its own table.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('mail_recipients')
    .addColumn('person_id', 'text', (c) => c.primaryKey().references('people.id').onDelete('cascade'))
    .addColumn('token', 'text', (c) => c.notNull().unique())
    .addColumn('undeliverable_at', 'text')
    .addColumn('undeliverable_reason', 'text')
    .execute();
  await db.schema
    .createTable('mail_preferences')
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('unsubscribed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mail_preferences_pk', ['person_id', 'topic'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('mail_preferences').execute();
  await db.schema.dropTable('mail_recipients').execute();
}
