import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';

/*
 * What the other features store about one person, read whole for the export.
 * The export reads across features on purpose: one place to see that nothing
 * a person did is left out.
 */

export async function listEventsOf(db: Kysely<Database>, personId: string) {
  return db.selectFrom('learning_events').selectAll().where('person_id', '=', personId).orderBy('occurred_at').orderBy('id').execute();
}

export async function listCompletionsOf(db: Kysely<Database>, personId: string) {
  return db.selectFrom('item_completions').selectAll().where('person_id', '=', personId).orderBy('completed_at').execute();
}

export async function listRegistrationsOf(db: Kysely<Database>, personId: string) {
  return db.selectFrom('classroom_registrations').selectAll().where('person_id', '=', personId).orderBy('registered_at').execute();
}
