import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { AppHooks } from '../../http/app-env';
import { isUniqueViolation } from '../../db/errors';
import { AppError, notFound } from '../../http/app-error';
import type { CreatePerson, UpdateMe, UpdatePerson } from '../../../shared/schemas/people';
import { recordAudit } from '../audit/audit.service';
import { countAdmins, deletePerson, findPersonByEmail, findPersonById, insertPerson, updatePerson } from './people.repository';
import type { NewPersonRow, PersonRow, PersonUpdate } from './people.table';

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

/** An admin adds a person in the workspace; audited with the change. */
export async function addPersonAsAdmin(db: Kysely<Database>, admin: PersonRow, input: CreatePerson, now: Date): Promise<PersonRow> {
  return db.transaction().execute(async (trx) => {
    const person = await createPerson(trx, input, now);
    await recordAudit(trx, { actorId: admin.id, action: 'person.create', entityType: 'person', entityId: person.id, detail: auditDetail(input) }, now);
    return person;
  });
}

/**
 * An admin's change to a person. Department and team are checked together
 * as on creation; marking someone as left keeps their row (and history) but
 * stops every message and sign-in. The last admin cannot be demoted or leave.
 */
export async function updatePersonAsAdmin(db: Kysely<Database>, admin: PersonRow, id: string, input: UpdatePerson, now: Date): Promise<PersonRow> {
  return db.transaction().execute(async (trx) => {
    const person = await findPersonById(trx, id);
    if (!person) throw notFound('Person');
    const update: PersonUpdate = {
      ...(input.name !== undefined && { name: input.name }),
      ...(input.role !== undefined && { role: input.role }),
      ...(input.language !== undefined && { language: input.language }),
      ...(input.timeZone !== undefined && { time_zone: input.timeZone }),
      ...(input.left !== undefined && { left_at: input.left ? (person.left_at ?? now.toISOString()) : null }),
    };
    if (input.email !== undefined && input.email !== person.email) {
      if (input.email && (await findPersonByEmail(trx, input.email))) throw emailTaken(input.email);
      update.email = input.email;
    }
    if (input.managerId !== undefined) {
      if (input.managerId === id) throw new AppError(422, 'manager_is_self', 'A person cannot be their own manager');
      if (input.managerId && !(await findPersonById(trx, input.managerId))) throw new AppError(422, 'unknown_manager', 'No such manager');
      update.manager_id = input.managerId;
    }
    if (input.departmentId !== undefined || input.teamId !== undefined) {
      const teamId = input.teamId === undefined ? person.team_id : input.teamId;
      const departmentId = input.departmentId === undefined ? person.department_id : input.departmentId;
      // A new department without a team named drops the old team, which belonged to the old department.
      const keptTeam = input.teamId === undefined && input.departmentId !== undefined && input.departmentId !== person.department_id ? null : teamId;
      update.department_id = await resolveDepartment(trx, departmentId, keptTeam);
      update.team_id = keptTeam;
    }
    const losesAdmin = person.role === 'admin' && ((update.role !== undefined && update.role !== 'admin') || (update.left_at && !person.left_at));
    if (losesAdmin && (await countAdmins(trx)) <= 1) throw new AppError(409, 'last_admin', 'Make someone else admin first');
    const updated = Object.keys(update).length > 0 ? await updatePerson(trx, id, update) : person;
    if (!updated) throw notFound('Person');
    const action = input.left === true && !person.left_at ? 'person.leave' : input.left === false && person.left_at ? 'person.return' : 'person.update';
    await recordAudit(trx, { actorId: admin.id, action, entityType: 'person', entityId: id, detail: auditDetail(input) }, now);
    return updated;
  });
}

/** Which fields changed, and to what for the organisational ones; a name or address is personal, so only that it was set. */
function auditDetail(input: Partial<CreatePerson> & { left?: boolean }): Record<string, unknown> {
  const { name, email, ...rest } = input;
  return { ...rest, ...(name !== undefined && { name: 'set' }), ...(email !== undefined && { email: 'set' }) };
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
export async function erasePerson(db: Kysely<Database>, hooks: Pick<AppHooks, 'erasing'>, personId: string): Promise<void> {
  const person = await findPersonById(db, personId);
  if (!person) throw notFound('Person');
  if (person.role === 'admin' && (await countAdmins(db)) <= 1) {
    throw new AppError(409, 'last_admin', 'Make someone else admin before deleting the last admin');
  }
  await hooks.erasing(db, { personId });
  await deletePerson(db, personId);
}
