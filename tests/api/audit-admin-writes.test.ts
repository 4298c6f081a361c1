import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../helpers/databases';
import { TEST_PLATFORM_SECRET } from '../helpers/learning';
import { fetchOpenApiDocument, listOperations, type Operation } from '../helpers/openapi';
import { createTestOrganisation, signInActors, type TestOrganisation } from '../helpers/organisation';
import { send, validRequests } from '../helpers/route-requests';
import { createTestContext, type TestClient, type TestContext } from '../helpers/test-app';

/**
 * Every write only admins may make, as the OpenAPI document lists them (its
 * x-roles come from the routes' own middleware): a new admin route is in this
 * walk without anyone adding it.
 */
describe.each(testDatabases())('an audit entry for every admin write ($name)', (kind) => {
  let ctx: TestContext;
  let org: TestOrganisation;
  let admin: TestClient;
  let adminWrites: Operation[];

  beforeAll(async () => {
    ctx = await createTestContext(kind, { learningPlatformSecret: TEST_PLATFORM_SECRET });
    org = await createTestOrganisation(ctx);
    admin = (await signInActors(ctx, org)).admin;
    adminWrites = listOperations(await fetchOpenApiDocument(ctx.app)).filter(
      (o) => o.method !== 'GET' && o.operation['x-roles']?.length === 1 && o.operation['x-roles'][0] === 'admin',
    );
  });
  afterAll(() => ctx.close());

  const auditRows = () => ctx.deps.db.selectFrom('audit_log').select(['id', 'actor_id', 'action', 'entity_id']).execute();

  it('finds the admin writes in the document', () => {
    expect(adminWrites.map((o) => o.key)).toEqual(
      expect.arrayContaining(['POST /api/admin/people', 'POST /api/admin/people/{id}/invite', 'PATCH /api/admin/point-values', 'PATCH /api/admin/moment-settings']),
    );
  });

  it('leaves an entry by the admin for each one', async () => {
    const requests = validRequests(ctx, org);
    const unlogged: string[] = [];
    for (const operation of adminWrites) {
      const build = requests[operation.key];
      if (!build) throw new Error(`${operation.key}: no valid request for it`);
      const request = await build();
      const before = new Set((await auditRows()).map((r) => r.id));
      const response = await send(admin, operation, request);
      expect(response.status, `${operation.key}: ${await response.clone().text()}`).toBeLessThan(300);
      const added = (await auditRows()).filter((r) => !before.has(r.id));
      if (!added.some((r) => r.actor_id === org.people.admin.id && r.action && r.entity_id)) unlogged.push(operation.key);
    }
    expect(unlogged).toEqual([]);
  });

  it('names the person an invite link was minted for, and keeps the link itself out of the log', async () => {
    const operation = adminWrites.find((o) => o.key === 'POST /api/admin/people/{id}/invite');
    if (!operation) throw new Error('no invite route');
    const response = await send(admin, operation, { path: `/api/admin/people/${org.people.employee.id}/invite` });
    const { url } = (await response.json()) as { url: string };
    const entry = await ctx.deps.db.selectFrom('audit_log').selectAll().where('action', '=', 'person.invite').orderBy('at', 'desc').executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ actor_id: org.people.admin.id, entity_type: 'person', entity_id: org.people.employee.id });
    expect(entry.detail).not.toContain(new URL(url).hash.slice(1));
  });
});
