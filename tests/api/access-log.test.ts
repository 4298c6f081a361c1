import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../helpers/databases';
import { addPerson, createTestContext, signedInClient, type TestClient, type TestContext } from '../helpers/test-app';

describe.each(testDatabases())('access log ($name)', (kind) => {
  let ctx: TestContext;
  let admin: TestClient;
  let employee: TestClient;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    admin = await signedInClient(ctx, (await addPerson(ctx, { role: 'admin', name: 'Lotte de Vries' })).id);
    employee = await signedInClient(ctx, (await addPerson(ctx)).id);
  });
  afterAll(() => ctx.close());

  it('shows a person who looked at their data and when, once per view and day; nobody is logged looking at themselves', async () => {
    expect(await (await employee.get('/api/me/access-log')).json()).toEqual({ entries: [] });
    await admin.get('/api/admin/people');
    await admin.get('/api/admin/people');
    const log = (await (await employee.get('/api/me/access-log')).json()) as { entries: unknown[] };
    expect(log.entries).toEqual([{ viewerName: 'Lotte de Vries', viewerRole: 'admin', view: 'people_list', at: ctx.clock().toISOString() }]);
    ctx.clock.advance(24 * 60 * 60_000);
    await admin.get('/api/admin/people');
    expect(((await (await employee.get('/api/me/access-log')).json()) as { entries: unknown[] }).entries).toHaveLength(2);
    expect(await (await admin.get('/api/me/access-log')).json()).toEqual({ entries: [] });
  });

  it('is part of the person’s export, and goes with them', async () => {
    const exported = (await (await employee.get('/api/me/export')).json()) as { accessLog?: unknown[] };
    expect(exported.accessLog?.length).toBeGreaterThan(0);
  });
});
