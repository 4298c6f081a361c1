import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { DepartmentRow, TeamRow } from './org.table';

export async function listDepartments(db: Kysely<Database>): Promise<DepartmentRow[]> {
  return db.selectFrom('departments').selectAll().orderBy('name').execute();
}

export async function listTeams(db: Kysely<Database>): Promise<TeamRow[]> {
  return db.selectFrom('teams').selectAll().orderBy('name').execute();
}

export async function findTeam(db: Kysely<Database>, id: string): Promise<TeamRow | undefined> {
  return db.selectFrom('teams').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Members of a team and how many of them have joined, in one query. */
export async function countTeamMembers(db: Kysely<Database>, teamId: string): Promise<{ members: number; joined: number }> {
  const row = await db
    .selectFrom('people')
    .select((eb) => [eb.fn.countAll<number | string>().as('members'), eb.fn.count<number | string>('joined_at').as('joined')])
    .where('team_id', '=', teamId)
    .executeTakeFirstOrThrow();
  return { members: Number(row.members), joined: Number(row.joined) };
}
