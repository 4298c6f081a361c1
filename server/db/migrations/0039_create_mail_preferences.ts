import { sql, type Kysely } from 'kysely';

/*
 * One unsubscribe and preference feature for every bulk mail: a person's
 * one token (RFC 8058 one-click, and the preference page), per topic whether
 * they switched it off, and whether their address is undeliverable (a hard
 * bounce at send time). The team e-mail's own recipients table moves onto
 * these: its tokens keep working, its unsubscribes become the
 * `team-email` topic's.
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
  await sql`insert into mail_recipients (person_id, token) select person_id, token from team_email_recipients`.execute(db);
  await sql`insert into mail_preferences (person_id, topic, unsubscribed_at)
    select person_id, 'team-email', unsubscribed_at from team_email_recipients where unsubscribed_at is not null`.execute(db);
  await db.schema.dropTable('team_email_recipients').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('team_email_recipients')
    .addColumn('person_id', 'text', (c) => c.primaryKey().references('people.id').onDelete('cascade'))
    .addColumn('token', 'text', (c) => c.notNull().unique())
    .addColumn('unsubscribed_at', 'text')
    .execute();
  await sql`insert into team_email_recipients (person_id, token, unsubscribed_at)
    select r.person_id, r.token, p.unsubscribed_at from mail_recipients r
    left join mail_preferences p on p.person_id = r.person_id and p.topic = 'team-email'`.execute(db);
  await db.schema.dropTable('mail_preferences').execute();
  await db.schema.dropTable('mail_recipients').execute();
}
