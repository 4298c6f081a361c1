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

/** A department whose name equals `name` in any letter case ("zorg" is "Zorg"), other than `exceptId`. */
export async function findDepartmentNamed(db: Kysely<Database>, name: string, exceptId?: string): Promise<DepartmentRow | undefined> {
  let query = db.selectFrom('departments').selectAll().where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()));
  if (exceptId) query = query.where('id', '!=', exceptId);
  return query.executeTakeFirst();
}

/** The same within one department. */
export async function findTeamNamed(db: Kysely<Database>, departmentId: string, name: string, exceptId?: string): Promise<TeamRow | undefined> {
  let query = db
    .selectFrom('teams')
    .selectAll()
    .where('department_id', '=', departmentId)
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()));
  if (exceptId) query = query.where('id', '!=', exceptId);
  return query.executeTakeFirst();
}

export async function findDepartment(db: Kysely<Database>, id: string): Promise<DepartmentRow | undefined> {
  return db.selectFrom('departments').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertDepartment(db: Kysely<Database>, row: DepartmentRow): Promise<void> {
  await db.insertInto('departments').values(row).execute();
}

export async function insertTeam(db: Kysely<Database>, row: TeamRow): Promise<void> {
  await db.insertInto('teams').values(row).execute();
}

export async function renameDepartmentRow(db: Kysely<Database>, id: string, name: string): Promise<void> {
  await db.updateTable('departments').set({ name }).where('id', '=', id).execute();
}

export async function renameTeamRow(db: Kysely<Database>, id: string, name: string): Promise<void> {
  await db.updateTable('teams').set({ name }).where('id', '=', id).execute();
}
