import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { scimGroupSchema, type ScimGroupInput, type ScimPatchInput } from '../../../shared/schemas/scim';
import { recordAudit } from '../audit/audit.service';
import { ScimError } from './scim-error';
import { groupAttributes, scimFilter } from './scim-filter';
import { listResponse, project, type ListParams } from './scim-list';
import { applyPatch } from './scim-patch';
import { listDepartmentsWithLinks, listMembersOf, saveGroupLink } from './scim.repository';
import { toScimGroup, type ScimGroupResource } from './scim-resources';
import type { ScimDeps } from './scim-users.service';

/*
 * A SCIM Group is a department: its members are the people in it. Adding
 * someone to a group moves them into that department (leaving a team of the
 * old one); removing them leaves them without a department. Teams stay the
 * workspace's to arrange.
 */

const notFoundGroup = () => new ScimError(404, 'No such group');
const wantsMembers = (params: Pick<ListParams, 'attributes' | 'excludedAttributes'>) => !/\bmembers\b/i.test(params.excludedAttributes ?? '');

async function loadGroups(db: Kysely<Database>, baseUrl: string, withMembers: boolean, id?: string): Promise<ScimGroupResource[]> {
  const departments = await listDepartmentsWithLinks(db, id);
  const members = withMembers ? await listMembersOf(db, departments.map((d) => d.id)) : [];
  return departments.map((d) =>
    toScimGroup(d, d.updated_at ? { external_id: d.external_id, updated_at: d.updated_at } : undefined, withMembers ? members.filter((m) => m.department_id === d.id) : undefined, baseUrl),
  );
}

export async function listGroups(deps: Pick<ScimDeps, 'db' | 'baseUrl'>, params: ListParams & { filter?: string | undefined }) {
  const matches = scimFilter<ScimGroupResource>(params.filter, groupAttributes);
  // A filter on members needs them, even when the answer leaves them out.
  const needMembers = wantsMembers(params) || /members/i.test(params.filter ?? '');
  return listResponse((await loadGroups(deps.db, deps.baseUrl, needMembers)).filter(matches), params);
}

export async function getGroup(deps: Pick<ScimDeps, 'db' | 'baseUrl'>, id: string, params: Pick<ListParams, 'attributes' | 'excludedAttributes'>) {
  const [group] = await loadGroups(deps.db, deps.baseUrl, wantsMembers(params), id);
  if (!group) throw notFoundGroup();
  return project(group, params);
}

export async function createGroup(deps: ScimDeps, input: ScimGroupInput): Promise<ScimGroupResource> {
  const id = await deps.db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('departments as d').leftJoin('scim_groups as g', 'g.department_id', 'd.id').select(['d.id', 'g.department_id as linked']).where('d.name', '=', input.displayName).executeTakeFirst();
    if (existing?.linked) throw new ScimError(409, `A group named ${input.displayName} exists`, 'uniqueness');
    const departmentId = existing?.id ?? randomUUID();
    if (!existing) await trx.insertInto('departments').values({ id: departmentId, name: input.displayName, created_at: deps.now.toISOString() }).execute();
    await saveGroupLink(trx, departmentId, input.externalId ?? null, deps.now);
    if (input.members) await setMembers(trx, departmentId, input.members.map((m) => m.value));
    await audit(trx, deps, existing ? 'scim.group.adopt' : 'scim.group.create', departmentId);
    return departmentId;
  });
  return (await loadGroups(deps.db, deps.baseUrl, true, id))[0] as ScimGroupResource;
}

export async function replaceGroup(deps: ScimDeps, id: string, input: ScimGroupInput): Promise<ScimGroupResource> {
  await deps.db.transaction().execute(async (trx) => {
    const [current] = await loadGroups(trx, deps.baseUrl, false, id);
    if (!current) throw notFoundGroup();
    await keepGroup(trx, deps, id, input, 'scim.group.replace');
  });
  return (await loadGroups(deps.db, deps.baseUrl, true, id))[0] as ScimGroupResource;
}

/** Entra ID and Okta add and remove members one PATCH at a time; a rename is a replace of displayName. */
export async function patchGroup(deps: ScimDeps, id: string, patch: ScimPatchInput): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const [current] = await loadGroups(trx, deps.baseUrl, true, id);
    if (!current) throw notFoundGroup();
    const parsed = scimGroupSchema.safeParse(applyPatch(current, patch));
    if (!parsed.success) throw new ScimError(400, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '), 'invalidValue');
    await keepGroup(trx, deps, id, { ...parsed.data, members: parsed.data.members ?? [] }, 'scim.group.patch');
  });
}

export async function deleteGroup(deps: ScimDeps, id: string): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const result = await trx.deleteFrom('departments').where('id', '=', id).executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) throw notFoundGroup();
    await audit(trx, deps, 'scim.group.delete', id);
  });
}

async function keepGroup(trx: Kysely<Database>, deps: ScimDeps, id: string, input: ScimGroupInput, action: string): Promise<void> {
  await trx.updateTable('departments').set({ name: input.displayName }).where('id', '=', id).execute();
  await saveGroupLink(trx, id, input.externalId ?? null, deps.now);
  if (input.members) await setMembers(trx, id, input.members.map((m) => m.value));
  await audit(trx, deps, action, id);
}

/** Makes exactly `memberIds` (those that are people) the department's members. */
async function setMembers(trx: Kysely<Database>, departmentId: string, memberIds: string[]): Promise<void> {
  const ids = [...new Set(memberIds)].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  let leaving = trx.updateTable('people').set({ department_id: null, team_id: null }).where('department_id', '=', departmentId);
  if (ids.length > 0) leaving = leaving.where('id', 'not in', ids);
  await leaving.execute();
  if (ids.length === 0) return;
  // Joining a department leaves a team of another one.
  await trx.updateTable('people').set({ department_id: departmentId, team_id: null }).where('id', 'in', ids).where((eb) => eb.or([eb('department_id', 'is', null), eb('department_id', '!=', departmentId)])).execute();
}

async function audit(db: Kysely<Database>, deps: ScimDeps, action: string, departmentId: string): Promise<void> {
  await recordAudit(db, { actorId: deps.provisioner.actorId, action, entityType: 'department', entityId: departmentId, detail: { via: 'scim', tokenId: deps.provisioner.tokenId } }, deps.now);
}
