import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { isUniqueViolation } from '../../db/errors';
import { AppError, notFound } from '../../http/app-error';
import type { Department, Team } from '../../../shared/schemas/org';
import { recordAudit } from '../audit/audit.service';
import {
  findDepartment,
  findDepartmentNamed,
  findTeam,
  findTeamNamed,
  insertDepartment,
  insertTeam,
  renameDepartmentRow,
  renameTeamRow,
} from './org.repository';

/*
 * Departments and teams as admins shape them in the workspace. Names are
 * unique regardless of letter case, as the CSV import matches them, so a
 * typed "keuken" never makes a second Keuken. Every change is audited in the
 * transaction that makes it.
 */

const nameTaken = (name: string) => new AppError(409, 'name_taken', `"${name}" already exists`);

/** Runs a change; a unique index that a simultaneous change hit first answers as a taken name. */
async function inTransaction<T>(db: Kysely<Database>, name: string, change: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  try {
    return await db.transaction().execute(change);
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(name);
    throw error;
  }
}

export async function createDepartment(db: Kysely<Database>, adminId: string, name: string, now: Date): Promise<Department> {
  return inTransaction(db, name, async (trx) => {
    if (await findDepartmentNamed(trx, name)) throw nameTaken(name);
    const id = randomUUID();
    await insertDepartment(trx, { id, name, created_at: now.toISOString() });
    await recordAudit(trx, { actorId: adminId, action: 'department.create', entityType: 'department', entityId: id, detail: { name } }, now);
    return { id, name };
  });
}

export async function renameDepartment(db: Kysely<Database>, adminId: string, id: string, name: string, now: Date): Promise<Department> {
  return inTransaction(db, name, async (trx) => {
    const department = await findDepartment(trx, id);
    if (!department) throw notFound('Department');
    if (await findDepartmentNamed(trx, name, id)) throw nameTaken(name);
    await renameDepartmentRow(trx, id, name);
    await recordAudit(trx, { actorId: adminId, action: 'department.rename', entityType: 'department', entityId: id, detail: { from: department.name, to: name } }, now);
    return { id, name };
  });
}

export async function createTeam(db: Kysely<Database>, adminId: string, departmentId: string, name: string, now: Date): Promise<Team> {
  return inTransaction(db, name, async (trx) => {
    if (!(await findDepartment(trx, departmentId))) throw new AppError(422, 'unknown_department', 'No such department');
    if (await findTeamNamed(trx, departmentId, name)) throw nameTaken(name);
    const id = randomUUID();
    await insertTeam(trx, { id, department_id: departmentId, name, created_at: now.toISOString() });
    await recordAudit(trx, { actorId: adminId, action: 'team.create', entityType: 'team', entityId: id, detail: { departmentId, name } }, now);
    return { id, departmentId, name };
  });
}

export async function renameTeam(db: Kysely<Database>, adminId: string, id: string, name: string, now: Date): Promise<Team> {
  return inTransaction(db, name, async (trx) => {
    const team = await findTeam(trx, id);
    if (!team) throw notFound('Team');
    if (await findTeamNamed(trx, team.department_id, name, id)) throw nameTaken(name);
    await renameTeamRow(trx, id, name);
    await recordAudit(trx, { actorId: adminId, action: 'team.rename', entityType: 'team', entityId: id, detail: { from: team.name, to: name } }, now);
    return { id, departmentId: team.department_id, name };
  });
}
