import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_COOKIE, CSRF_HEADER } from '../../shared/schemas/csrf';
import { expectApiError } from '../helpers/api-error';
import { testDatabases } from '../helpers/databases';
import { TEST_PLATFORM_SECRET } from '../helpers/learning';
import { fetchOpenApiDocument, listOperations } from '../helpers/openapi';
import { createTestOrganisation, freshActor, type TestOrganisation } from '../helpers/organisation';
import { send, validRequests } from '../helpers/route-requests';
import { addPerson, createTestContext, signedInClient, TEST_PUBLIC_URL, TestClient, type TestContext } from '../helpers/test-app';

const CROSS_SITE = 'https://evil.example';

describe.each(testDatabases())('CSRF protection ($name)', (kind) => {
  let ctx: TestContext;
  let org: TestOrganisation;

  beforeAll(async () => {
    ctx = await createTestContext(kind, { learningPlatformSecret: TEST_PLATFORM_SECRET });
    org = await createTestOrganisation(ctx);
  });
  afterAll(() => ctx.close());

  const nameOf = async (client: TestClient) => ((await (await client.get('/api/me')).json()) as { name: string }).name;

  it('refuses a signed-in change without the token, or with a wrong one, and changes nothing', async () => {
    const client = await freshActor(ctx, org, 'employee');
    const before = await nameOf(client);
    await expectApiError(await client.request('PATCH', '/api/me', { name: 'Forged' }, { [CSRF_HEADER]: null }), 403, 'csrf_token');
    await expectApiError(await client.request('PATCH', '/api/me', { name: 'Forged' }, { [CSRF_HEADER]: 'guessed' }), 403, 'csrf_token');
    expect(await nameOf(client)).toBe(before);
  });

  it("refuses the token of another of the person's sessions", async () => {
    const person = await addPerson(ctx);
    const [phone, laptop] = [await signedInClient(ctx, person.id), await signedInClient(ctx, person.id)];
    const laptopToken = laptop.cookie(CSRF_COOKIE) ?? '';
    await expectApiError(await phone.request('PATCH', '/api/me', { name: 'Forged' }, { [CSRF_HEADER]: laptopToken }), 403, 'csrf_token');
  });

  it('accepts a change with the right token, from this origin or without an Origin header', async () => {
    const client = await freshActor(ctx, org, 'employee');
    expect((await client.patch('/api/me', { name: 'Without Origin' })).status).toBe(200);
    const fromApp = await client.request('PATCH', '/api/me', { name: 'From The App' }, { origin: new URL(TEST_PUBLIC_URL).origin });
    expect(fromApp.status).toBe(200);
    expect(await nameOf(client)).toBe('From The App');
  });

  it('refuses a cross-site Origin, even with the right token, and even without a session', async () => {
    const client = await freshActor(ctx, org, 'employee');
    await expectApiError(await client.request('PATCH', '/api/me', { name: 'Forged' }, { origin: CROSS_SITE }), 403, 'csrf_origin');
    const mailsBefore = ctx.sentMail.length;
    const anonymous = new TestClient(ctx.app);
    const asked = await anonymous.request('POST', '/api/auth/magic-link', { email: org.people.employee.email }, { origin: CROSS_SITE });
    await expectApiError(asked, 403, 'csrf_origin');
    expect(ctx.sentMail.length).toBe(mailsBefore);
  });

  it('lets reads through without a token, whatever the Origin', async () => {
    const client = await freshActor(ctx, org, 'employee');
    expect((await client.request('GET', '/api/me', undefined, { [CSRF_HEADER]: null, origin: CROSS_SITE })).status).toBe(200);
  });

  it('guards every state-changing operation in the OpenAPI document', async () => {
    const admin = await freshActor(ctx, org, 'admin');
    const requests = validRequests(ctx, org);
    const changing = listOperations(await fetchOpenApiDocument(ctx.app)).filter((o) => o.method !== 'GET');
    expect(changing.length).toBeGreaterThan(0);
    const codes: Record<string, string> = {};
    for (const operation of changing) {
      const request = await requests[operation.key]?.();
      if (!request) throw new Error(`no valid request for ${operation.key}`);
      const response = await send(admin, operation, request, { [CSRF_HEADER]: null });
      codes[operation.key] = `${response.status} ${((await response.json()) as { error?: { code: string } }).error?.code}`;
    }
    expect(codes).toEqual(Object.fromEntries(changing.map((o) => [o.key, '403 csrf_token'])));
    // The refused DELETE /api/me and sign-outs left the admin signed in.
    expect((await admin.get('/api/me')).status).toBe(200);
  });
});
