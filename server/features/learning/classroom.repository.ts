import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';

export async function listSessionsOfItem(db: Kysely<Database>, itemId: string) {
  return db.selectFrom('classroom_sessions').selectAll().where('item_id', '=', itemId).orderBy('starts_at').orderBy('id').execute();
}

export async function findSession(db: Kysely<Database>, sessionId: string) {
  return db.selectFrom('classroom_sessions').selectAll().where('id', '=', sessionId).executeTakeFirst();
}

/** Registrations in the order they came in, which is the order seats are given. */
export async function listRegistrations(db: Kysely<Database>, sessionIds: readonly string[]) {
  if (sessionIds.length === 0) return [];
  return db
    .selectFrom('classroom_registrations')
    .selectAll()
    .where('session_id', 'in', sessionIds)
    .orderBy('registered_at')
    .orderBy('person_id')
    .execute();
}

export async function insertRegistration(db: Kysely<Database>, sessionId: string, personId: string, at: string): Promise<void> {
  await db
    .insertInto('classroom_registrations')
    .values({ session_id: sessionId, person_id: personId, registered_at: at })
    .onConflict((oc) => oc.columns(['session_id', 'person_id']).doNothing())
    .execute();
}

export async function deleteRegistration(db: Kysely<Database>, sessionId: string, personId: string): Promise<void> {
  await db.deleteFrom('classroom_registrations').where('session_id', '=', sessionId).where('person_id', '=', personId).execute();
}
