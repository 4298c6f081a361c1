import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { isUniqueViolation } from '../../db/errors';
import { AppError, notFound } from '../../http/app-error';
import type { CreatePerson, UpdateMe } from '../../../shared/schemas/people';
import { countAdmins, deletePerson, findPersonByEmail, findPersonById, insertPerson, updatePerson } from './people.repository';
import type { NewPersonRow, PersonRow } from './people.table';

const emailTaken = (email: string) => new AppError(409, 'email_taken', `Someone with ${email} already exists`);

/** Adds a person; an e-mail address may belong to one person only. */
export async function createPerson(db: Kysely<Database>, input: CreatePerson, now: Date): Promise<PersonRow> {
  if (input.email && (await findPersonByEmail(db, input.email))) throw emailTaken(input.email);
  if (input.managerId && !(await findPersonById(db, input.managerId))) {
    throw new AppError(422, 'unknown_manager', 'No such manager');
  }
  const departmentId = await resolveDepartment(db, input.departmentId ?? null, input.teamId ?? null);
  const row: NewPersonRow = {
    id: randomUUID(),
    email: input.email ?? null,
    name: input.name,
    role: input.role,
    language: input.language,
    time_zone: input.timeZone,
    department_id: departmentId,
    team_id: input.teamId ?? null,
    manager_id: input.managerId ?? null,
    created_at: now.toISOString(),
    joined_at: null,
  };
  try {
    return await insertPerson(db, row);
  } catch (error) {
    // Someone else added the same address between the check above and this insert.
    if (input.email && isUniqueViolation(error)) throw emailTaken(input.email);
    throw error;
  }
}

/** A team must belong to the person's department; without a department, the team's is taken. */
async function resolveDepartment(db: Kysely<Database>, departmentId: string | null, teamId: string | null): Promise<string | null> {
  if (departmentId && !(await db.selectFrom('departments').select('id').where('id', '=', departmentId).executeTakeFirst())) {
    throw new AppError(422, 'unknown_department', 'No such department');
  }
  if (!teamId) return departmentId;
  const team = await db.selectFrom('teams').select(['id', 'department_id']).where('id', '=', teamId).executeTakeFirst();
  if (!team) throw new AppError(422, 'unknown_team', 'No such team');
  if (departmentId && team.department_id !== departmentId) {
    throw new AppError(422, 'team_outside_department', 'The team belongs to another department');
  }
  return team.department_id;
}

/** Changes only the fields given; an empty change is allowed and changes nothing. */
export async function updateOwnProfile(db: Kysely<Database>, personId: string, input: UpdateMe): Promise<PersonRow> {
  const update = {
    ...(input.name !== undefined && { name: input.name }),
    ...(input.language !== undefined && { language: input.language }),
    ...(input.timeZone !== undefined && { time_zone: input.timeZone }),
  };
  // An UPDATE without columns is not valid SQL.
  const updated = Object.keys(update).length > 0 ? await updatePerson(db, personId, update) : await findPersonById(db, personId);
  if (!updated) throw notFound('Person');
  return updated;
}

/**
 * Erases a person and, through foreign keys, everything that is theirs.
 * The last admin cannot leave: someone must be able to run the organisation.
 */
export async function erasePerson(db: Kysely<Database>, personId: string): Promise<void> {
  const person = await findPersonById(db, personId);
  if (!person) throw notFound('Person');
  if (person.role === 'admin' && (await countAdmins(db)) <= 1) {
    throw new AppError(409, 'last_admin', 'Make someone else admin before deleting the last admin');
  }
  await deletePerson(db, personId);
}
