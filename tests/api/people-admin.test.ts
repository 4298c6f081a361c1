import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonRow } from '../../server/features/people/people.table';
import type { AuditEntry } from '../../shared/schemas/authoring';
import type { Department, OrgStructure, Team } from '../../shared/schemas/org';
import type { ImportReport, Person } from '../../shared/schemas/people';
import { expectApiError } from '../helpers/api-error';
import { testDatabases } from '../helpers/databases';
import { addLearner } from '../helpers/learning';
import { addPerson, createTestContext, type TestClient, type TestContext } from '../helpers/test-app';

const kitchenCsv = (tag: string) =>
  [
    'email,name,department,team,language',
    `kees.${tag}@example.com,Kees,Facilitair,Keuken,nl`,
    `piet.${tag}@example.com,Piet,Facilitair,Keuken,fr`,
    `,Fatima ${tag},Facilitair,Keuken,nl`,
  ].join('\n');

describe.each(testDatabases())('the people page for admins ($name)', (kind) => {
  let ctx: TestContext;
  let adminPerson: PersonRow;
  let admin: TestClient;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
    ({ person: adminPerson, client: admin } = await addLearner(ctx, { role: 'admin', name: 'Lotte' }));
  });
  afterAll(() => ctx.close());

  // Each answer a second after the previous one, so the audit log's order is the order of the changes.
  const json = async <T>(response: Response, status = 200): Promise<T> => {
    expect(response.status, await response.clone().text()).toBe(status);
    ctx.clock.advance(1000);
    return (await response.json()) as T;
  };
  const auditOf = async (entityId: string) => (await json<{ entries: AuditEntry[] }>(await admin.get(`/api/admin/audit?entityId=${entityId}`))).entries;
  const people = async () => (await json<{ people: Person[] }>(await admin.get('/api/admin/people'))).people;

  it('checks a CSV row by row without writing, then imports it with the bad row skipped, audited', async () => {
    const before = (await people()).length;
    const checked = await json<ImportReport>(await admin.post('/api/admin/people/import', { csv: kitchenCsv('a'), dryRun: true }));
    // A reason code with the values it quotes, which the workspace words; the command line's English as the fallback.
    const problem = { code: 'invalid_value', params: { column: 'language', value: 'fr', detail: 'Invalid option: expected one of "nl"|"en"' }, message: 'language "fr": Invalid option: expected one of "nl"|"en"' };
    expect(checked).toEqual({ rows: 3, errors: [{ line: 3, problems: [problem] }], imported: 0, created: [] });
    expect((await people()).length).toBe(before);

    const refused = await json<ImportReport>(await admin.post('/api/admin/people/import', { csv: kitchenCsv('a') }));
    expect(refused.imported).toBe(0);

    const done = await json<ImportReport>(await admin.post('/api/admin/people/import', { csv: kitchenCsv('a'), skipInvalid: true }));
    expect(done).toMatchObject({ rows: 3, imported: 2, created: ['department "Facilitair"', 'team "Keuken" in Facilitair'] });
    const names = (await people()).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Kees', 'Fatima a']));
    expect(names).not.toContain('Piet');
    const [entry] = await auditOf('import');
    expect(entry).toMatchObject({ actorId: adminPerson.id, action: 'people.import' });
    expect(JSON.parse(entry?.detail ?? '{}')).toMatchObject({ imported: 2, skippedLines: [3] });
  });

  it('answers a file that cannot be read with 422 and its reason', async () => {
    const error = await expectApiError(await admin.post('/api/admin/people/import', { csv: 'email,name,shoe_size\na@example.com,A,42' }), 422, 'csv_invalid');
    expect(error.message).toContain('Unknown column "shoe_size"');
  });

  it('adds, edits and moves a person, each change audited', async () => {
    const department = await json<Department>(await admin.post('/api/admin/departments', { name: 'Zorg' }), 201);
    const team = await json<Team>(await admin.post('/api/admin/teams', { departmentId: department.id, name: 'Zonnebloem' }), 201);
    const added = await json<Person>(await admin.post('/api/admin/people', { name: 'Anna', email: null, teamId: team.id }), 201);
    expect(added).toMatchObject({ departmentId: department.id, teamId: team.id, joinedAt: null, leftAt: null });

    const edited = await json<Person>(await admin.patch(`/api/admin/people/${added.id}`, { name: 'Anna de Vries', role: 'manager', language: 'en' }));
    expect(edited).toMatchObject({ name: 'Anna de Vries', role: 'manager', language: 'en', teamId: team.id });
    // Another department without a team: the old team, which was the old department's, goes.
    const other = await json<Department>(await admin.post('/api/admin/departments', { name: 'Keukens' }), 201);
    const moved = await json<Person>(await admin.patch(`/api/admin/people/${added.id}`, { departmentId: other.id }));
    expect(moved).toMatchObject({ departmentId: other.id, teamId: null });
    await expectApiError(await admin.patch(`/api/admin/people/${added.id}`, { teamId: team.id, departmentId: other.id }), 422, 'team_outside_department');
    await expectApiError(await admin.patch(`/api/admin/people/${added.id}`, { managerId: added.id }), 422, 'manager_is_self');

    expect((await auditOf(added.id)).map((e) => e.action)).toEqual(['person.update', 'person.update', 'person.create']);
    // A name is personal: the log says that it changed, not to what.
    expect((await auditOf(added.id)).map((e) => e.detail).join()).not.toContain('Anna');
  });

  it('marks a person as left: their session ends, sign-in and invites are refused, and they can come back', async () => {
    const { person, client } = await addLearner(ctx);
    expect((await client.get('/api/me')).status).toBe(200);
    const leftAt = ctx.clock().toISOString();
    const left = await json<Person>(await admin.patch(`/api/admin/people/${person.id}`, { left: true }));
    expect(left.leftAt).toBe(leftAt);
    expect((await client.get('/api/me')).status).toBe(401);
    await expectApiError(await admin.post(`/api/admin/people/${person.id}/invite`), 409, 'person_left');

    const back = await json<Person>(await admin.patch(`/api/admin/people/${person.id}`, { left: false }));
    expect(back.leftAt).toBeNull();
    const invite = await json<{ url: string; qrSvg: string }>(await admin.post(`/api/admin/people/${person.id}/invite`), 201);
    expect(invite.qrSvg).toContain('<svg');
    expect((await auditOf(person.id)).map((e) => e.action)).toEqual(['person.invite', 'person.return', 'person.leave']);
  });

  it('keeps the last admin: they cannot leave or be demoted', async () => {
    await expectApiError(await admin.patch(`/api/admin/people/${adminPerson.id}`, { left: true }), 409, 'last_admin');
    await expectApiError(await admin.patch(`/api/admin/people/${adminPerson.id}`, { role: 'employee' }), 409, 'last_admin');
  });

  it('refuses an address someone else has', async () => {
    const a = await addPerson(ctx);
    const b = await addPerson(ctx);
    await expectApiError(await admin.patch(`/api/admin/people/${b.id}`, { email: a.email }), 409, 'email_taken');
  });

  it('creates and renames departments and teams, names unique in any letter case, audited', async () => {
    const department = await json<Department>(await admin.post('/api/admin/departments', { name: 'Schoonmaak' }), 201);
    await expectApiError(await admin.post('/api/admin/departments', { name: 'schoonmaak' }), 409, 'name_taken');
    const renamed = await json<Department>(await admin.patch(`/api/admin/departments/${department.id}`, { name: 'Schoonmaak & Hygiëne' }));
    expect(renamed.name).toBe('Schoonmaak & Hygiëne');
    const team = await json<Team>(await admin.post('/api/admin/teams', { departmentId: department.id, name: 'Nacht' }), 201);
    await expectApiError(await admin.post('/api/admin/teams', { departmentId: department.id, name: 'NACHT' }), 409, 'name_taken');
    await json<Team>(await admin.patch(`/api/admin/teams/${team.id}`, { name: 'Nachtdienst' }));
    const org = await json<OrgStructure>(await admin.get('/api/admin/org'));
    expect(org.teams.find((t) => t.id === team.id)).toEqual({ id: team.id, departmentId: department.id, name: 'Nachtdienst' });
    await expectApiError(await admin.patch(`/api/admin/teams/${crypto.randomUUID()}`, { name: 'X' }), 404, 'not_found');
    expect((await auditOf(department.id)).map((e) => e.action)).toEqual(['department.rename', 'department.create']);
    expect((await auditOf(team.id)).map((e) => e.action)).toEqual(['team.rename', 'team.create']);
  });
});
