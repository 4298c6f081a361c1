import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';

export async function isOptedIn(db: Kysely<Database>, personId: string): Promise<boolean> {
  return (await db.selectFrom('leaderboard_opt_ins').select('person_id').where('person_id', '=', personId).executeTakeFirst()) !== undefined;
}

export async function findOptIn(db: Kysely<Database>, personId: string) {
  return db.selectFrom('leaderboard_opt_ins').selectAll().where('person_id', '=', personId).executeTakeFirst();
}

export async function setOptIn(db: Kysely<Database>, personId: string, optedIn: boolean, at: string): Promise<void> {
  if (!optedIn) {
    await db.deleteFrom('leaderboard_opt_ins').where('person_id', '=', personId).execute();
    return;
  }
  await db
    .insertInto('leaderboard_opt_ins')
    .values({ person_id: personId, opted_in_at: at })
    .onConflict((oc) => oc.column('person_id').doNothing())
    .execute();
}

/** Everyone with their team, department and whether they opted in; admins run the boards and are not on them. */
export async function listBoardPeople(db: Kysely<Database>) {
  return db
    .selectFrom('people')
    .leftJoin('leaderboard_opt_ins', 'leaderboard_opt_ins.person_id', 'people.id')
    .select(['people.id', 'people.name', 'people.team_id', 'people.department_id', 'leaderboard_opt_ins.person_id as opted_in'])
    .where('people.role', '!=', 'admin')
    .execute();
}

export async function listGroupNames(db: Kysely<Database>) {
  const [teams, departments] = await Promise.all([
    db.selectFrom('teams').select(['id', 'name']).execute(),
    db.selectFrom('departments').select(['id', 'name']).execute(),
  ]);
  return { teams, departments };
}

/** Points earned between two instants (UTC ISO strings compare in time order). */
export async function listPointsBetween(db: Kysely<Database>, start: string, end: string) {
  return db
    .selectFrom('learning_events')
    .select(['person_id', 'occurred_at', 'points'])
    .where('occurred_at', '>=', start)
    .where('occurred_at', '<', end)
    .where('points', '>', 0)
    .execute();
}
