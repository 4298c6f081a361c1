import type { Kysely } from 'kysely';

/* A person's intake answer (or that they skipped it); it goes with them. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('intakes')
    .addColumn('person_id', 'text', (c) => c.primaryKey().references('people.id').onDelete('cascade'))
    // JSON of IntakeAnswer; null when skipped.
    .addColumn('answer', 'text')
    .addColumn('answered_at', 'text')
    .addColumn('skipped_at', 'text')
    // When the app asked last (answered or skipped): the six-month recontact rule counts from here.
    .addColumn('asked_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('intakes').execute();
}
