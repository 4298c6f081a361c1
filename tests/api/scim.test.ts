import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { saveMyMoment } from '../../server/features/moments/moments.service';
import { defaultMomentSettings, saveMomentSettings } from '../../server/features/moments/moment-settings';
import { findPersonById } from '../../server/features/people/people.repository';
import { runDueJobs } from '../../server/jobs/reminder-scheduler';
import { testDatabases } from '../helpers/databases';
import { startPushRig, subscribeDevice, TEST_VAPID_SUBJECT, type PushRig } from '../helpers/push';
import { entraUser, mintToken, PATCH_OP, SCIM_ERROR, scimClient, type ScimClient } from '../helpers/scim';
import { addPerson, createTestContext, signedInClient, type TestClient, type TestContext } from '../helpers/test-app';

describe.each(testDatabases())('SCIM 2.0 provisioning ($name)', (kind) => {
  let ctx: TestContext;
  let admin: TestClient;
  let scim: ScimClient;
  let tokenId: string;

  beforeAll(async () => {
    ctx = await createTestContext(kind, { vapidSubject: TEST_VAPID_SUBJECT });
    admin = await signedInClient(ctx, (await addPerson(ctx, { role: 'admin' })).id);
    const minted = await mintToken(admin);
    tokenId = minted.id;
    expect(minted.scimUrl).toBe('http://localhost:3000/scim/v2');
    scim = scimClient(ctx, minted.token);
  });
  afterAll(() => ctx.close());

  it('stores the token as a hash only, and the minting is in the audit log', async () => {
    const row = await ctx.deps.db.selectFrom('scim_tokens').selectAll().where('id', '=', tokenId).executeTakeFirstOrThrow();
    expect(row.token_hash).not.toContain('scim_');
    const audit = await ctx.deps.db.selectFrom('audit_log').select(['action', 'detail']).where('entity_id', '=', tokenId).execute();
    expect(audit.map((a) => a.action)).toEqual(['scim_token.create']);
  });

  describe('the sequence Entra ID sends: create, update, deactivate', () => {
    let rig: PushRig;
    beforeEach(async () => {
      rig = await startPushRig(ctx);
      await saveMomentSettings(ctx.deps.db, defaultMomentSettings, ctx.clock());
    });
    afterEach(() => rig.close());

    it('changes the person and stops their reminders', async () => {
      const userName = `fenna.${randomUUID().slice(0, 8)}@anker.example`;
      const externalId = randomUUID();
      // 1. Entra ID looks the user up by its matching attribute first.
      const lookup = await scim.request('GET', `/Users?filter=${encodeURIComponent(`userName eq "${userName}"`)}`);
      expect(lookup.status).toBe(200);
      expect(lookup.body).toMatchObject({ schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: 0, Resources: [] });

      // 2. Create.
      const created = await scim.request('POST', '/Users', entraUser(userName, externalId));
      expect(created.status).toBe(201);
      const id = String(created.body.id);
      expect(created.body).toMatchObject({ userName, externalId, active: true, displayName: 'Fenna Visser', name: { givenName: 'Fenna', familyName: 'Visser' } });
      let person = await findPersonById(ctx.deps.db, id);
      expect(person).toMatchObject({ email: userName, name: 'Fenna Visser', language: 'nl', left_at: null });
      const department = await ctx.deps.db.selectFrom('departments').select('name').where('id', '=', person?.department_id ?? '').executeTakeFirst();
      expect(department?.name).toBe('Zorg Noord');

      // Matching afterwards finds them, in whatever case the directory writes the userName.
      const again = await scim.request('GET', `/Users?filter=${encodeURIComponent(`userName eq "${userName.toUpperCase()}"`)}`);
      expect(again.body.totalResults).toBe(1);
      const byExternal = await scim.request('GET', `/Users?filter=${encodeURIComponent(`externalId eq "${externalId}"`)}`);
      expect(byExternal.body.Resources?.[0]?.id).toBe(id);

      // The person joins, sets a learning moment on Mondays at 10:00 and allows reminders.
      ctx.clock.set('2026-03-20T12:00:00Z');
      const employee = await signedInClient(ctx, id);
      const device = await subscribeDevice(employee, rig.service);
      const joined = await findPersonById(ctx.deps.db, id);
      if (!joined) throw new Error('the provisioned person is gone');
      await saveMyMoment(ctx.deps.db, joined, { weekdays: [1], startTime: '10:00', durationMinutes: 30, form: 'online', topic: null }, ctx.clock());
      const scheduler = { db: ctx.deps.db, dialect: ctx.deps.dialect, sender: rig.sender, log: ctx.deps.log, instanceId: 'scim-test' };
      const token = device.endpoint.split('/').pop() ?? '';
      const deliveries = () => rig.service.deliveries.filter((d) => d.token === token).length;
      await runDueJobs(scheduler, new Date('2026-03-23T09:00:00Z'));
      expect(deliveries()).toBe(1);

      // 3. Update: Entra ID's PATCH with capitalised ops, a value-filter path and an extension attribute.
      const updated = await scim.request('PATCH', `/Users/${id}`, {
        schemas: [PATCH_OP],
        Operations: [
          { op: 'Replace', path: 'emails[type eq "work"].value', value: `f.visser.${userName}` },
          { op: 'Replace', path: 'name.familyName', value: 'Visser-de Jong' },
          { op: 'Replace', path: 'displayName', value: 'Fenna Visser-de Jong' },
          { op: 'Add', path: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department', value: 'Zorg Zuid' },
        ],
      });
      expect(updated.status).toBe(200);
      expect(updated.body).toMatchObject({ displayName: 'Fenna Visser-de Jong', name: { givenName: 'Fenna', familyName: 'Visser-de Jong' } });
      person = await findPersonById(ctx.deps.db, id);
      expect(person).toMatchObject({ email: `f.visser.${userName}`, name: 'Fenna Visser-de Jong' });
      const moved = await ctx.deps.db.selectFrom('departments').select('name').where('id', '=', person?.department_id ?? '').executeTakeFirst();
      expect(moved?.name).toBe('Zorg Zuid');

      // 4. Deactivate: Entra ID's PATCH of active, as the string it sends without its compliance flag.
      const deactivated = await scim.request('PATCH', `/Users/${id}`, { schemas: [PATCH_OP], Operations: [{ op: 'Replace', path: 'active', value: 'False' }] });
      expect(deactivated.status).toBe(200);
      expect(deactivated.body.active).toBe(false);
      expect((await findPersonById(ctx.deps.db, id))?.left_at).toBe(ctx.clock().toISOString());

      // No reminder any more, no way in with the old session.
      await runDueJobs(scheduler, new Date('2026-03-30T08:00:00Z'));
      await runDueJobs(scheduler, new Date('2026-04-06T08:00:00Z'));
      expect(deliveries()).toBe(1);
      expect((await employee.get('/api/me')).status).toBe(401);

      // Reactivated by the provider, they are back (Entra ID's boolean form this time).
      const back = await scim.request('PATCH', `/Users/${id}`, { schemas: [PATCH_OP], Operations: [{ op: 'Replace', path: 'active', value: true }] });
      expect(back.body.active).toBe(true);
      expect((await findPersonById(ctx.deps.db, id))?.left_at).toBeNull();

      const audit = await ctx.deps.db.selectFrom('audit_log').select('action').where('entity_id', '=', id).orderBy('at').execute();
      expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['scim.user.create', 'scim.user.patch', 'scim.user.deactivate']));
    });
  });

  it('follows Okta: PUT with active false, a path-less replace, DELETE', async () => {
    const userName = `okta.${randomUUID().slice(0, 8)}@anker.example`;
    const created = await scim.request('POST', '/Users', {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
      userName,
      name: { givenName: 'Daan', familyName: 'Smit' },
      emails: [{ primary: true, value: userName, type: 'work' }],
      displayName: 'Daan Smit',
      locale: 'en-US',
      externalId: '00u1abcd',
      groups: [],
      password: 'ignored',
      active: true,
    });
    expect(created.status).toBe(201);
    const id = String(created.body.id);
    expect((await findPersonById(ctx.deps.db, id))?.language).toBe('en');
    const put = await scim.request('PUT', `/Users/${id}`, { ...created.body, active: false });
    expect(put.status).toBe(200);
    expect((await findPersonById(ctx.deps.db, id))?.left_at).not.toBeNull();
    const patched = await scim.request('PATCH', `/Users/${id}`, { schemas: [PATCH_OP], Operations: [{ op: 'replace', value: { active: true, displayName: 'Daan J. Smit' } }] });
    expect(patched.body).toMatchObject({ active: true, displayName: 'Daan J. Smit' });
    expect((await scim.request('DELETE', `/Users/${id}`)).status).toBe(204);
    expect((await scim.request('GET', `/Users/${id}`)).status).toBe(404);
    expect((await findPersonById(ctx.deps.db, id))?.left_at).not.toBeNull();
  });

  it('adopts someone imported before provisioning began, instead of a duplicate', async () => {
    const existing = await addPerson(ctx, { email: `imported.${randomUUID().slice(0, 8)}@anker.example` });
    const created = await scim.request('POST', '/Users', entraUser(existing.email ?? '', randomUUID()));
    expect(created.status).toBe(201);
    expect(created.body.id).toBe(existing.id);
    const duplicate = await scim.request('POST', '/Users', entraUser(existing.email ?? '', randomUUID()));
    expect(duplicate).toMatchObject({ status: 409, body: { schemas: [SCIM_ERROR], status: '409', scimType: 'uniqueness' } });
  });

  it('keeps departments in step through groups: create, add and remove members, rename, delete', async () => {
    const member = await scim.request('POST', '/Users', entraUser(`member.${randomUUID().slice(0, 8)}@anker.example`, randomUUID()));
    const memberId = String(member.body.id);
    const group = await scim.request('POST', '/Groups', { schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], externalId: randomUUID(), displayName: 'Keuken', meta: { resourceType: 'Group' } });
    expect(group.status).toBe(201);
    const groupId = String(group.body.id);
    const found = await scim.request('GET', `/Groups?excludedAttributes=members&filter=${encodeURIComponent('displayName eq "Keuken"')}`);
    expect(found.body.Resources?.[0]).toMatchObject({ id: groupId, displayName: 'Keuken' });
    expect(found.body.Resources?.[0]).not.toHaveProperty('members');

    // Entra ID adds a member ($ref null), Okta removes with a value filter.
    expect((await scim.request('PATCH', `/Groups/${groupId}`, { schemas: [PATCH_OP], Operations: [{ op: 'Add', path: 'members', value: [{ $ref: null, value: memberId }] }] })).status).toBe(204);
    expect((await findPersonById(ctx.deps.db, memberId))?.department_id).toBe(groupId);
    const withMembers = await scim.request('GET', `/Groups/${groupId}`);
    expect(withMembers.body.members).toEqual([expect.objectContaining({ value: memberId })]);
    expect((await scim.request('PATCH', `/Groups/${groupId}`, { schemas: [PATCH_OP], Operations: [{ op: 'remove', path: `members[value eq "${memberId}"]` }] })).status).toBe(204);
    expect((await findPersonById(ctx.deps.db, memberId))?.department_id).toBeNull();

    expect((await scim.request('PATCH', `/Groups/${groupId}`, { schemas: [PATCH_OP], Operations: [{ op: 'Replace', path: 'displayName', value: 'Keuken & Restaurant' }] })).status).toBe(204);
    expect((await ctx.deps.db.selectFrom('departments').select('name').where('id', '=', groupId).executeTakeFirst())?.name).toBe('Keuken & Restaurant');
    expect((await scim.request('DELETE', `/Groups/${groupId}`)).status).toBe(204);
    expect((await scim.request('GET', `/Groups/${groupId}`)).status).toBe(404);
  });

  it('pages lists with startIndex and count', async () => {
    for (let i = 0; i < 3; i += 1) await scim.request('POST', '/Users', entraUser(`page${i}.${randomUUID().slice(0, 8)}@anker.example`, randomUUID()));
    const all = await scim.request('GET', '/Users?startIndex=1&count=200');
    const page = await scim.request('GET', '/Users?startIndex=2&count=2');
    expect(page.body).toMatchObject({ startIndex: 2, itemsPerPage: 2, totalResults: all.body.totalResults });
    expect(page.body.Resources?.map((r) => r.id)).toEqual(all.body.Resources?.slice(1, 3).map((r) => r.id));
    expect((await scim.request('GET', '/Users?count=0')).body).toMatchObject({ itemsPerPage: 0, Resources: [] });
  });

  it('describes itself: ServiceProviderConfig, Schemas, ResourceTypes', async () => {
    expect((await scim.request('GET', '/ServiceProviderConfig')).body).toMatchObject({ patch: { supported: true }, filter: { supported: true }, bulk: { supported: false } });
    const schemas = await scim.request('GET', '/Schemas');
    expect(schemas.body.Resources?.map((s) => s.id)).toEqual(expect.arrayContaining(['urn:ietf:params:scim:schemas:core:2.0:User', 'urn:ietf:params:scim:schemas:core:2.0:Group']));
    expect((await scim.request('GET', '/ResourceTypes')).body.Resources?.map((r) => r.name)).toEqual(['User', 'Group']);
  });

  it.each([
    ['a malformed filter', 'GET', '/Users?filter=' + encodeURIComponent('userName eq'), undefined, 400, 'invalidFilter'],
    ['an unknown attribute in a filter', 'GET', '/Users?filter=' + encodeURIComponent('shoeSize eq "42"'), undefined, 400, 'invalidFilter'],
    ['a PATCH with a bad path', 'PATCH', '/Users/{id}', { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'emails[type eq "work"', value: 'x' }] }, 400, 'invalidPath'],
    ['a PATCH with an unknown op', 'PATCH', '/Users/{id}', { schemas: [PATCH_OP], Operations: [{ op: 'move', path: 'active', value: false }] }, 400, 'invalidValue'],
    ['a PATCH without its schema', 'PATCH', '/Users/{id}', { Operations: [{ op: 'replace', path: 'active', value: false }] }, 400, 'invalidValue'],
    ['a PATCH that makes the user invalid', 'PATCH', '/Users/{id}', { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'userName', value: 42 }] }, 400, 'invalidValue'],
    ['a body that is not JSON', 'POST', '/Users', '{"userName": ', 400, 'invalidSyntax'],
    ['a user without userName', 'POST', '/Users', { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], active: true }, 400, 'invalidValue'],
    ['a userName with a control character', 'POST', '/Users', { userName: 'a\u0000b@x.example' }, 400, 'invalidValue'],
    ['an unknown user', 'GET', `/Users/${randomUUID()}`, undefined, 404, undefined],
    ['an unknown endpoint', 'GET', '/Bulk', undefined, 404, undefined],
  ])('answers %s with the RFC error format', async (_name, method, path, body, status, scimType) => {
    const user = await scim.request('POST', '/Users', entraUser(`err.${randomUUID().slice(0, 8)}@anker.example`, randomUUID()));
    const answer = await scim.request(method, path.replace('{id}', String(user.body.id)), body);
    expect(answer.status).toBe(status);
    expect(answer.body).toMatchObject({ schemas: [SCIM_ERROR], status: String(status), ...(scimType && { scimType }) });
    expect(typeof answer.body.detail).toBe('string');
  });

  it('lets in only a live bearer token: not a session, not a revoked token', async () => {
    expect((await scimClient(ctx, null).request('GET', '/Users')).status).toBe(401);
    expect((await scimClient(ctx, 'scim_not-a-token').request('GET', '/Users')).status).toBe(401);
    const session = await ctx.app.request('/scim/v2/Users', { headers: { cookie: `leerlust_session=${admin.cookie('leerlust_session')}` } });
    expect(session.status).toBe(401);
    const spare = await mintToken(admin, 'Okta');
    expect((await scimClient(ctx, spare.token).request('GET', '/Users')).status).toBe(200);
    expect((await admin.delete(`/api/admin/scim-tokens/${spare.id}`)).status).toBe(200);
    expect((await scimClient(ctx, spare.token).request('GET', '/Users')).status).toBe(401);
  });

  it('refuses to deactivate the last admin', async () => {
    const only = await ctx.deps.db.selectFrom('people').select('id').where('role', '=', 'admin').execute();
    expect(only).toHaveLength(1);
    const answer = await scim.request('PATCH', `/Users/${only[0]?.id}`, { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'active', value: false }] });
    expect(answer).toMatchObject({ status: 400, body: { scimType: 'mutability' } });
  });
});
