import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { IntakesTable } from './intake.table';

export async function findIntake(db: Kysely<Database>, personId: string) {
  return db.selectFrom('intakes').selectAll().where('person_id', '=', personId).executeTakeFirst();
}

export async function saveIntake(db: Kysely<Database>, row: IntakesTable): Promise<void> {
  await db
    .insertInto('intakes')
    .values(row)
    .onConflict((oc) => oc.column('person_id').doUpdateSet({ answer: row.answer, answered_at: row.answered_at, skipped_at: row.skipped_at, asked_at: row.asked_at }))
    .execute();
}

/** Every answer of someone still here, with the groups they belong to, for aggregates. */
export async function listAnswersWithGroups(db: Kysely<Database>) {
  return db
    .selectFrom('intakes')
    .innerJoin('people', 'people.id', 'intakes.person_id')
    .leftJoin('departments', 'departments.id', 'people.department_id')
    .leftJoin('teams', 'teams.id', 'people.team_id')
    .select(['intakes.answer', 'people.department_id', 'departments.name as department_name', 'people.team_id', 'teams.name as team_name', 'people.role', 'people.language'])
    .where('intakes.answer', 'is not', null)
    .where('people.left_at', 'is', null)
    .execute();
}
