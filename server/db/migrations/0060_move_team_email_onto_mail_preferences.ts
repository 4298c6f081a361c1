import { sql, type Kysely } from 'kysely';

/*
 * The team e-mail's own recipients table moves onto the one mail-preference
 * feature (0039): its tokens keep working (the same token, now for every
 * topic), its unsubscribes become the `team-email` topic's.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
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
  await sql`delete from mail_preferences where topic = 'team-email'`.execute(db);
}
