import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { isUniqueViolation } from '../../db/errors';
import { scimUserSchema, type ScimPatchInput, type ScimUserInput } from '../../../shared/schemas/scim';
import { recordAudit } from '../audit/audit.service';
import { countAdmins, findPersonByEmail, findPersonById, updatePerson } from '../people/people.repository';
import { createPerson } from '../people/people.service';
import type { PersonRow, PersonUpdate } from '../people/people.table';
import { ScimError } from './scim-error';
import { userAttributes, scimFilter } from './scim-filter';
import { listResponse, project, type ListParams } from './scim-list';
import { applyPatch } from './scim-patch';
import { deleteLink, departmentNamed, findLinkByUserName, listScimPeople, saveLink, type ScimPersonRow } from './scim.repository';
import { fromScimUser, toScimUser, type ProvisionedPerson, type ScimUserResource } from './scim-resources';

/** Who provisions: the token's id and the admin who minted it (the actor in the audit log). */
export interface Provisioner {
  tokenId: string;
  actorId: string | null;
}

export interface ScimDeps {
  db: Kysely<Database>;
  baseUrl: string;
  now: Date;
  provisioner: Provisioner;
}

const notFoundUser = () => new ScimError(404, 'No such user');
const resourceOf = (row: ScimPersonRow, baseUrl: string) => toScimUser(row.person, { ...row, baseUrl });

export async function listUsers(deps: Pick<ScimDeps, 'db' | 'baseUrl'>, params: ListParams & { filter?: string | undefined }) {
  const matches = scimFilter<ScimUserResource>(params.filter, userAttributes);
  const resources = (await listScimPeople(deps.db)).map((row) => resourceOf(row, deps.baseUrl)).filter(matches);
  return listResponse(resources, params);
}

export async function getUser(deps: Pick<ScimDeps, 'db' | 'baseUrl'>, id: string, params: Pick<ListParams, 'attributes' | 'excludedAttributes'>) {
  return project(await loadUser(deps.db, id, deps.baseUrl), params);
}

async function loadUser(db: Kysely<Database>, id: string, baseUrl: string): Promise<ScimUserResource> {
  const [row] = await listScimPeople(db, id);
  if (!row) throw notFoundUser();
  return resourceOf(row, baseUrl);
}

/**
 * Creates the person, or adopts the one already here with that address
 * (imported by CSV before provisioning began). A userName provisioned
 * before is a conflict (409 uniqueness), as the RFC asks.
 */
export async function createUser(deps: ScimDeps, input: ScimUserInput): Promise<ScimUserResource> {
  const wanted = fromScimUser(input);
  const id = await deps.db.transaction().execute(async (trx) => {
    if (await findLinkByUserName(trx, wanted.userName)) throw new ScimError(409, `A user with userName ${wanted.userName} exists`, 'uniqueness');
    const existing = wanted.email ? await findPersonByEmail(trx, wanted.email) : undefined;
    const person = existing ?? (await createPerson(trx, { name: wanted.name, email: wanted.email, role: 'employee', language: wanted.language ?? 'nl', timeZone: wanted.timeZone ?? 'Europe/Amsterdam' }, deps.now));
    await provision(trx, deps, person, wanted, existing ? 'scim.user.adopt' : 'scim.user.create');
    return person.id;
  });
  return loadUser(deps.db, id, deps.baseUrl);
}

/** PUT: the whole user as the provider now sees it (Okta deactivates this way, with active false). */
export async function replaceUser(deps: ScimDeps, id: string, input: ScimUserInput): Promise<ScimUserResource> {
  await deps.db.transaction().execute(async (trx) => {
    const person = await findPersonById(trx, id);
    if (!person) throw notFoundUser();
    await provision(trx, deps, person, fromScimUser(input), 'scim.user.replace');
  });
  return loadUser(deps.db, id, deps.baseUrl);
}

/** PATCH: the operations applied to the user as SCIM shows it, then kept like a PUT of the result. */
export async function patchUser(deps: ScimDeps, id: string, patch: ScimPatchInput): Promise<ScimUserResource> {
  const patched = applyPatch(await loadUser(deps.db, id, deps.baseUrl), patch);
  const parsed = scimUserSchema.safeParse(patched);
  if (!parsed.success) throw new ScimError(400, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '), 'invalidValue');
  await deps.db.transaction().execute(async (trx) => {
    const person = await findPersonById(trx, id);
    if (!person) throw notFoundUser();
    await provision(trx, deps, person, fromScimUser(parsed.data), 'scim.user.patch');
  });
  return loadUser(deps.db, id, deps.baseUrl);
}

/**
 * DELETE: the person has left for good. They are marked as left (nothing is
 * sent to them, they cannot sign in) and no longer a SCIM resource; their
 * data then follows the retention rules, which erase people some time after they left.
 */
export async function deleteUser(deps: ScimDeps, id: string): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const [row] = await listScimPeople(trx, id);
    if (!row) throw notFoundUser();
    await assertMayLeave(trx, row.person);
    if (!row.person.left_at) await updatePerson(trx, id, { left_at: deps.now.toISOString() });
    await deleteLink(trx, id);
    await audit(trx, deps, 'scim.user.delete', id, {});
  });
}

async function provision(trx: Kysely<Database>, deps: ScimDeps, person: PersonRow, wanted: ProvisionedPerson, action: string): Promise<void> {
  const holder = await findLinkByUserName(trx, wanted.userName);
  if (holder && holder.person_id !== person.id) throw new ScimError(409, `userName ${wanted.userName} belongs to another user`, 'uniqueness');
  const update: PersonUpdate = { name: wanted.name, ...(wanted.language && { language: wanted.language }), ...(wanted.timeZone && { time_zone: wanted.timeZone }) };
  if (wanted.email !== person.email && wanted.email) {
    const other = await findPersonByEmail(trx, wanted.email);
    if (other && other.id !== person.id) throw new ScimError(409, `Another person has the address ${wanted.email}`, 'uniqueness');
    update.email = wanted.email;
  }
  if (!wanted.active && !person.left_at) {
    await assertMayLeave(trx, person);
    update.left_at = deps.now.toISOString();
  }
  if (wanted.active && person.left_at) update.left_at = null;
  if (wanted.departmentName !== undefined) {
    const departmentId = wanted.departmentName ? await departmentNamed(trx, wanted.departmentName, deps.now) : null;
    if (departmentId !== person.department_id) Object.assign(update, { department_id: departmentId, team_id: null });
  }
  if (wanted.managerId !== undefined) {
    // A manager the provider names before provisioning them is left for a later update to set.
    const manager = wanted.managerId && wanted.managerId !== person.id ? await findPersonById(trx, wanted.managerId) : undefined;
    if (wanted.managerId === null || manager) update.manager_id = manager?.id ?? null;
  }
  try {
    await updatePerson(trx, person.id, update);
    await saveLink(trx, {
      person_id: person.id,
      user_name: wanted.userName,
      external_id: wanted.externalId,
      given_name: wanted.givenName,
      family_name: wanted.familyName,
      updated_at: deps.now.toISOString(),
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ScimError(409, 'userName or e-mail address is taken', 'uniqueness');
    throw error;
  }
  const changed = Object.keys(update).filter((key) => key !== 'name' && key !== 'email');
  await audit(trx, deps, update.left_at ? 'scim.user.deactivate' : action, person.id, { changed });
}

/** Someone must be able to run the organisation: the provider cannot deactivate the last admin. */
async function assertMayLeave(db: Kysely<Database>, person: PersonRow): Promise<void> {
  if (person.role === 'admin' && !person.left_at && (await countAdmins(db)) <= 1) {
    throw new ScimError(400, 'This is the last admin of Leerlust; make someone else admin first', 'mutability');
  }
}

async function audit(db: Kysely<Database>, deps: ScimDeps, action: string, personId: string, detail: Record<string, unknown>): Promise<void> {
  await recordAudit(db, { actorId: deps.provisioner.actorId, action, entityType: 'person', entityId: personId, detail: { ...detail, via: 'scim', tokenId: deps.provisioner.tokenId } }, deps.now);
}
