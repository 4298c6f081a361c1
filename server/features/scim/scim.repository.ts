import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { PersonRow } from '../people/people.table';
import type { ScimTokenRow, ScimUserRow, ScimUsersTable } from './scim.table';

/** A person as SCIM sees them: with their SCIM link and department's name. */
export interface ScimPersonRow {
  person: PersonRow;
  link: ScimUserRow | undefined;
  departmentName: string | null;
}

/**
 * The people SCIM may see: everyone still here (so a provider can match
 * people imported before provisioning began) and those it provisioned,
 * including the ones it deactivated.
 */
export async function listScimPeople(db: Kysely<Database>, personId?: string): Promise<ScimPersonRow[]> {
  let query = db
    .selectFrom('people as p')
    .leftJoin('scim_users as s', 's.person_id', 'p.id')
    .leftJoin('departments as d', 'd.id', 'p.department_id')
    .selectAll('p')
    .select(['s.user_name', 's.external_id', 's.given_name', 's.family_name', 's.updated_at', 'd.name as department_name'])
    .where((eb) => eb.or([eb('p.left_at', 'is', null), eb('s.person_id', 'is not', null)]));
  if (personId) query = query.where('p.id', '=', personId);
  const rows = await query.orderBy('p.created_at').orderBy('p.id').execute();
  return rows.map(({ user_name, external_id, given_name, family_name, updated_at, department_name, ...person }) => ({
    person,
    link: user_name && updated_at ? { person_id: person.id, user_name, external_id, given_name, family_name, updated_at } : undefined,
    departmentName: department_name,
  }));
}

export async function findLinkByUserName(db: Kysely<Database>, userName: string): Promise<ScimUserRow | undefined> {
  return db.selectFrom('scim_users').selectAll().where('user_name', '=', userName).executeTakeFirst();
}

export async function saveLink(db: Kysely<Database>, row: ScimUsersTable): Promise<void> {
  const { user_name, external_id, given_name, family_name, updated_at } = row;
  await db
    .insertInto('scim_users')
    .values(row)
    .onConflict((oc) => oc.column('person_id').doUpdateSet({ user_name, external_id, given_name, family_name, updated_at }))
    .execute();
}

export async function deleteLink(db: Kysely<Database>, personId: string): Promise<void> {
  await db.deleteFrom('scim_users').where('person_id', '=', personId).execute();
}

/** The department of that name, made when there is none yet (a provider names departments, it does not create them first). */
export async function departmentNamed(db: Kysely<Database>, name: string, now: Date): Promise<string> {
  const found = await db.selectFrom('departments').select('id').where('name', '=', name).executeTakeFirst();
  if (found) return found.id;
  const id = randomUUID();
  await db.insertInto('departments').values({ id, name, created_at: now.toISOString() }).execute();
  return id;
}

export async function listDepartmentsWithLinks(db: Kysely<Database>, departmentId?: string) {
  let query = db
    .selectFrom('departments as d')
    .leftJoin('scim_groups as g', 'g.department_id', 'd.id')
    .select(['d.id', 'd.name', 'd.created_at', 'g.external_id', 'g.updated_at']);
  if (departmentId) query = query.where('d.id', '=', departmentId);
  return query.orderBy('d.created_at').orderBy('d.id').execute();
}

export async function listMembersOf(db: Kysely<Database>, departmentIds: string[]): Promise<{ id: string; name: string; department_id: string | null }[]> {
  if (departmentIds.length === 0) return [];
  return db.selectFrom('people').select(['id', 'name', 'department_id']).where('department_id', 'in', departmentIds).where('left_at', 'is', null).orderBy('name').execute();
}

export async function saveGroupLink(db: Kysely<Database>, departmentId: string, externalId: string | null, now: Date): Promise<void> {
  await db
    .insertInto('scim_groups')
    .values({ department_id: departmentId, external_id: externalId, updated_at: now.toISOString() })
    .onConflict((oc) => oc.column('department_id').doUpdateSet({ external_id: externalId, updated_at: now.toISOString() }))
    .execute();
}

export async function insertScimToken(db: Kysely<Database>, row: ScimTokenRow): Promise<void> {
  await db.insertInto('scim_tokens').values(row).execute();
}

export async function findLiveScimToken(db: Kysely<Database>, tokenHash: string): Promise<ScimTokenRow | undefined> {
  return db.selectFrom('scim_tokens').selectAll().where('token_hash', '=', tokenHash).where('revoked_at', 'is', null).executeTakeFirst();
}

export async function touchScimToken(db: Kysely<Database>, id: string, now: Date): Promise<void> {
  await db.updateTable('scim_tokens').set({ last_used_at: now.toISOString() }).where('id', '=', id).execute();
}

export async function listScimTokens(db: Kysely<Database>): Promise<ScimTokenRow[]> {
  return db.selectFrom('scim_tokens').selectAll().orderBy('created_at', 'desc').execute();
}

export async function revokeScimToken(db: Kysely<Database>, id: string, now: Date): Promise<boolean> {
  const result = await db.updateTable('scim_tokens').set({ revoked_at: now.toISOString() }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
