import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { Me, Person } from '../../../shared/schemas/people';
import type { NewPersonRow, PersonRow, PersonUpdate } from './people.table';

export async function findPersonById(db: Kysely<Database>, id: string): Promise<PersonRow | undefined> {
  return db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findPersonByEmail(db: Kysely<Database>, email: string): Promise<PersonRow | undefined> {
  return db.selectFrom('people').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function insertPerson(db: Kysely<Database>, row: NewPersonRow): Promise<PersonRow> {
  return db.insertInto('people').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updatePerson(db: Kysely<Database>, id: string, update: PersonUpdate): Promise<PersonRow | undefined> {
  return db.updateTable('people').set(update).where('id', '=', id).returningAll().executeTakeFirst();
}

export async function listPeople(db: Kysely<Database>): Promise<PersonRow[]> {
  return db.selectFrom('people').selectAll().orderBy('name').orderBy('id').execute();
}

export async function deletePerson(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('people').where('id', '=', id).execute();
}

export async function countAdmins(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('people')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('role', '=', 'admin')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function rowToMe(row: PersonRow): Me {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    language: row.language,
    timeZone: row.time_zone,
    departmentId: row.department_id,
    teamId: row.team_id,
  };
}

export function rowToPerson(row: PersonRow): Person {
  return { ...rowToMe(row), managerId: row.manager_id, createdAt: row.created_at, joinedAt: row.joined_at, leftAt: row.left_at };
}
