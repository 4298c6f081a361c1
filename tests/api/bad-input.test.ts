import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_BODY_LIMIT_BYTES } from '../../server/app';
import { expectApiError, readApiError } from '../helpers/api-error';
import { testDatabases } from '../helpers/databases';
import { fetchOpenApiDocument, fillPath, listOperations, tableCoverage, type Operation } from '../helpers/openapi';
import { createTestOrganisation, freshActor, signInActors, type Actor, type TestOrganisation } from '../helpers/organisation';
import { validRequests, type RouteRequest } from '../helpers/route-requests';
import { createTestContext, TestClient, type TestContext } from '../helpers/test-app';

/** Who may call each operation that takes a JSON body, so that what is sent, not who sends it, decides the answer. */
const bodyRoutes: Record<string, Actor> = {
  'POST /api/auth/magic-link': 'anonymous',
  'POST /api/auth/session': 'anonymous',
  'PATCH /api/me': 'employee',
  'POST /api/admin/people': 'admin',
  'PATCH /api/admin/people/{id}': 'admin',
  'POST /api/admin/people/import': 'admin',
  'POST /api/admin/departments': 'admin',
  'PATCH /api/admin/departments/{id}': 'admin',
  'POST /api/admin/teams': 'admin',
  'PATCH /api/admin/teams/{id}': 'admin',
  'POST /api/events': 'employee',
  'POST /api/me/tried-progress': 'employee',
  'PUT /api/admin/sign-up': 'admin',
  'PATCH /api/admin/point-values': 'admin',
  'PUT /api/me/moment': 'employee',
  'PATCH /api/admin/moment-settings': 'admin',
  'PUT /api/me/push-subscriptions': 'employee',
  'POST /api/admin/prizes': 'admin',
  'PATCH /api/admin/prizes/{id}': 'admin',
  'POST /api/admin/competitions': 'admin',
  'PUT /api/me/leaderboard': 'employee',
  'POST /api/recognitions': 'managerA',
  'PATCH /api/me/recognitions/{id}': 'employee',
  'POST /api/admin/teasers': 'admin',
  'PATCH /api/admin/teasers/{id}': 'admin',
  'POST /api/admin/items': 'admin',
  'PUT /api/admin/items/{id}': 'admin',
  'POST /api/admin/items/{id}/sessions': 'admin',
  'PUT /api/admin/sessions/{id}': 'admin',
  'POST /api/admin/campaigns': 'admin',
  'POST /api/admin/campaigns/{id}/publish': 'admin',
  'POST /api/admin/campaigns/{id}/attachments': 'admin',
  'PUT /api/admin/campaigns/{id}': 'admin',
  'POST /api/admin/campaigns/{id}/posters': 'admin',
  'POST /api/admin/target-groups': 'admin',
  'PUT /api/admin/target-groups/{id}': 'admin',
  'POST /api/admin/target-groups/count': 'admin',
  'POST /api/admin/campaigns/{id}/channels': 'admin',
  'PUT /api/campaigns/{id}/rsvp': 'employee',
  'POST /api/me/acquisition-events': 'employee',
  'POST /api/admin/images': 'admin',
  'PUT /api/admin/strategy/drivers': 'admin',
  'POST /api/admin/goals': 'admin',
  'PUT /api/admin/goals/{id}': 'admin',
  'PUT /api/admin/wiifm': 'admin',
  'PUT /api/admin/roles/{role}/competencies': 'admin',
  'POST /api/me/goals': 'employee',
  'PATCH /api/me/goals/{id}': 'employee',
  'PUT /api/me/intake': 'employee',
  'POST /api/admin/paths': 'admin',
  'PUT /api/admin/paths/{id}': 'admin',
  'POST /api/team/paths': 'managerA',
  'POST /api/me/stories': 'employee',
  'POST /api/me/stories/{id}/edit-decision': 'employee',
  'POST /api/me/images': 'employee',
  'POST /api/admin/stories/{id}/decline': 'admin',
  'POST /api/admin/stories/{id}/edit': 'admin',
  'POST /api/ideas': 'employee',
  'PATCH /api/admin/ideas/{id}': 'admin',
  'PATCH /api/me/ambassador': 'employee',
  'POST /api/ambassador/drafts': 'employee',
  'POST /api/me/evaluations/{id}/responses': 'employee',
  'POST /api/admin/evaluations': 'admin',
  'PUT /api/admin/evaluations/{id}': 'admin',
  'POST /api/admin/journeys': 'admin',
  'PUT /api/admin/journeys/{id}': 'admin',
  'POST /api/admin/journeys/{id}/status': 'admin',
  'POST /api/admin/journeys/{id}/test-send': 'admin',
  'PUT /api/items/{id}/reaction': 'employee',
  'POST /api/team/recommendations': 'managerA',
  'POST /api/team/story-invitations': 'managerA',
  'PUT /api/admin/retention': 'admin',
  'PUT /api/admin/sso': 'admin',
  'PUT /api/admin/lrs': 'admin',
  'POST /api/admin/scim-tokens': 'admin',
};

/** Every value of a valid body swapped for one of another type. */
const withWrongTypes = (body: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(body).map(([key, value]) => [key, typeof value === 'string' ? 12345 : 'not-the-right-type']));

/** Text that databases take differently: NUL (PostgreSQL refuses it), other control characters, an unpaired surrogate half. */
const awkwardTexts = ['a\u0000b', 'line\nbreak', 'bell\u0007', '\ud800'];

const otherJson = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom(...awkwardTexts, '', ' ', 'a'.repeat(300)), fc.jsonValue());

/**
 * JSON of the same shape as `valid`, at every depth, with any part left out
 * or swapped for something else: such bodies get past the schema into the
 * service far more often than random JSON does.
 */
function nearly(valid: unknown): fc.Arbitrary<unknown> {
  if (Array.isArray(valid)) return fc.oneof({ arbitrary: fc.array(nearly(valid[0]), { minLength: 1, maxLength: 3 }), weight: 4 }, otherJson);
  if (valid !== null && typeof valid === 'object') {
    const fields = Object.fromEntries(Object.entries(valid).map(([name, value]) => [name, nearly(value)]));
    return fc.oneof({ arbitrary: fc.record(fields), weight: 4 }, fc.record(fields, { requiredKeys: [] }), otherJson);
  }
  return fc.oneof({ arbitrary: fc.constant(valid), weight: 6 }, otherJson);
}

/** The path of every text in a JSON value, e.g. ['texts', 0, 'hook']. */
function textPaths(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => textPaths(item, [...path, index]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([name, item]) => textPaths(item, [...path, name]));
  return [];
}

/** A copy of `value` with the text at `path` changed by `change`. */
function withTextChanged(value: unknown, path: Array<string | number>, change: (text: string) => string): unknown {
  const copy: unknown = structuredClone(value);
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], copy) as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  parent[last] = change(parent[last] as string);
  return copy;
}

/** A JSON text of exactly `bytes` bytes: the valid body plus a `padding` field. */
function paddedBody(body: Record<string, unknown>, bytes: number): string {
  const overhead = Buffer.byteLength(JSON.stringify({ ...body, padding: '' }));
  return JSON.stringify({ ...body, padding: 'x'.repeat(bytes - overhead) });
}

describe.each(testDatabases())('bad input ($name)', (kind) => {
  let ctx: TestContext;
  let org: TestOrganisation;
  let actors: Record<Actor, TestClient>;
  let operations: Operation[];

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    org = await createTestOrganisation(ctx);
    actors = await signInActors(ctx, org);
    operations = listOperations(await fetchOpenApiDocument(ctx.app));
  });
  afterAll(() => ctx.close());

  const operation = (key: string) => {
    const found = operations.find((o) => o.key === key);
    if (!found) throw new Error(`${key} is not in the OpenAPI document`);
    return found;
  };
  /** The body size a route accepts, as the document states it (a few routes take more than the default). */
  const bodyLimit = (key: string) => operation(key).operation['x-max-body-bytes'] ?? API_BODY_LIMIT_BYTES;

  const validRequest = (key: string): Promise<RouteRequest> => {
    const build = validRequests(ctx, org)[key];
    if (!build) throw new Error(`no valid request for ${key}`);
    return build();
  };
  /** Sends a raw body to `key` as the actor allowed to call it; anonymous calls start from a clean client. */
  const sendRaw = async (key: string, body: string, headers: Record<string, string | null> = {}) => {
    const actor = bodyRoutes[key] ?? 'anonymous';
    const client = actor === 'anonymous' ? new TestClient(ctx.app) : actors[actor];
    return client.request(operation(key).method, (await validRequest(key)).path, body, headers);
  };
  const countPeople = async () => (await ctx.deps.db.selectFrom('people').select('id').execute()).length;

  it('knows a caller for every operation that takes a JSON body', () => {
    const withBody = operations.filter((o) => o.operation.requestBody).map((o) => o.key);
    expect(tableCoverage(Object.keys(bodyRoutes), withBody)).toEqual({ missingFromTable: [], notInDocument: [] });
  });

  describe.each(Object.keys(bodyRoutes))('%s', (key) => {
    it('answers malformed JSON with a 400 error', async () => {
      const error = await expectApiError(await sendRaw(key, '{"name": "unterminated'), 400, 'bad_request');
      expect(error.message).not.toBe('');
    });

    it('answers wrong types with a 400 that lists the issue of every field', async () => {
      const { body = {} } = await validRequest(key);
      const error = await expectApiError(await sendRaw(key, JSON.stringify(withWrongTypes(body))), 400, 'validation_failed');
      expect(error.issues?.map((issue) => issue.path).sort()).toEqual(Object.keys(body).sort());
    });

    it.each([[null], [[]], ['text'], [42]])('answers a body that is not an object (%j) with a 400', async (value) => {
      await expectApiError(await sendRaw(key, JSON.stringify(value)), 400, 'validation_failed');
    });

    it('refuses unknown fields with a 400', async () => {
      const { body } = await validRequest(key);
      const error = await expectApiError(await sendRaw(key, JSON.stringify({ ...body, isAdmin: true })), 400, 'validation_failed');
      expect(error.message).toContain('isAdmin');
    });

    it.each([
      ['declares its length', true],
      ['streams without a length', false],
    ])('refuses a body over the limit that %s with a JSON 413', async (_, declared) => {
      const body = paddedBody((await validRequest(key)).body ?? {}, bodyLimit(key) + 1);
      const headers: Record<string, string> = declared ? { 'content-length': String(Buffer.byteLength(body)) } : {};
      await expectApiError(await sendRaw(key, body, headers), 413, 'body_too_large');
    });

    it('judges a body of exactly the limit on its content', async () => {
      const body = paddedBody((await validRequest(key)).body ?? {}, bodyLimit(key));
      await expectApiError(await sendRaw(key, body), 400, 'validation_failed');
    });

    it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', null])(
      'refuses a valid body sent as %s with a JSON 4xx',
      async (contentType) => {
        const response = await sendRaw(key, JSON.stringify((await validRequest(key)).body), { 'content-type': contentType });
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
        await readApiError(response);
      },
    );

    // PostgreSQL cannot store a NUL character at all; every text must be refused with it, on both databases alike.
    it('refuses a control character in any of its texts with a JSON 4xx', async () => {
      const { body = {} } = await validRequest(key);
      for (const path of textPaths(body)) {
        const response = await sendRaw(key, JSON.stringify(withTextChanged(body, path, (text) => `${text}\u0000\u0007`)));
        expect(response.status, path.join('.')).toBeGreaterThanOrEqual(400);
        expect(response.status, path.join('.')).toBeLessThan(500);
        await readApiError(response);
      }
    });

    it('never fails with a 5xx, whatever JSON it is sent', async () => {
      const { body = {} } = await validRequest(key);
      const bodies = fc.oneof(fc.jsonValue(), { arbitrary: nearly(body), weight: 3 });
      await fc.assert(
        fc.asyncProperty(bodies, async (value) => {
          const response = await sendRaw(key, JSON.stringify(value));
          expect(response.status).toBeLessThan(500);
          if (response.status >= 400) await readApiError(response);
        }),
        { numRuns: 50 },
      );
    });
  });

  it('answers a path parameter that is not a UUID with a 400, for every operation that has one', async () => {
    const withParams = operations.filter((o) => o.path.includes('{'));
    expect(withParams.length).toBeGreaterThan(0);
    for (const { method, path } of withParams) {
      const error = await expectApiError(await actors.admin.request(method, fillPath(path, () => 'not-a-uuid')), 400, 'validation_failed');
      expect(error.issues?.map((issue) => issue.path)).toEqual([...path.matchAll(/\{(\w+)\}/g)].map(([, param]) => param));
    }
  });

  it('answers a control character in any query parameter with a JSON 4xx, for every operation that has one', async () => {
    const withQuery = operations.flatMap(({ key, operation }) =>
      (operation.parameters ?? []).flatMap((p) => ('in' in p && p.in === 'query' && typeof p.name === 'string' ? [{ key, name: p.name }] : [])),
    );
    expect(withQuery.length).toBeGreaterThan(0);
    for (const { key, name } of withQuery) {
      const { path } = await validRequest(key);
      const url = new URL(path, 'http://localhost');
      url.searchParams.set(name, 'a\u0000b');
      const response = await actors.admin.request(operation(key).method, `${url.pathname}${url.search}`);
      expect(response.status, `${key} ?${name}`).toBeGreaterThanOrEqual(400);
      expect(response.status, `${key} ?${name}`).toBeLessThan(500);
      await readApiError(response);
    }
  });

  it.each([
    ['GET', '/api/no-such-thing'],
    ['POST', '/api/no-such-thing'],
    ['PUT', '/api/me'],
    ['GET', '/api/admin/people/extra/segments'],
  ])('answers %s %s with a JSON 404', async (method, path) => {
    await expectApiError(await actors.employee.request(method, path), 404, 'not_found');
    await expectApiError(await new TestClient(ctx.app).request(method, path), 404, 'not_found');
  });

  it('adds nobody when adding a person is refused', async () => {
    const { path, body } = await validRequest('POST /api/admin/people');
    const before = await countPeople();
    const refused = [
      actors.admin.request('POST', path, JSON.stringify(body).slice(0, -1)),
      actors.admin.request('POST', path, withWrongTypes(body ?? {})),
      actors.admin.request('POST', path, { ...body, isAdmin: true }),
      actors.admin.request('POST', path, paddedBody(body ?? {}, API_BODY_LIMIT_BYTES + 1)),
      actors.admin.request('POST', path, JSON.stringify(body), { 'content-type': 'text/plain' }),
      actors.admin.request('POST', path, { ...body, teamId: randomUUID() }),
      actors.employee.request('POST', path, body),
    ];
    for (const response of await Promise.all(refused)) expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await countPeople()).toBe(before);
  });

  it('answers a race to add the same address with one 201 and then 409s, never a 500', async () => {
    const { path, body } = await validRequest('POST /api/admin/people');
    const before = await countPeople();
    const answers = await Promise.all([1, 2, 3].map(() => actors.admin.request('POST', path, body)));
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect(await countPeople()).toBe(before + 1);
  });

  it('changes no field when a profile change is refused for one of them', async () => {
    const client = await freshActor(ctx, org, 'employee');
    const before = await (await client.get('/api/me')).json();
    await expectApiError(await client.patch('/api/me', { name: 'Changed', timeZone: 'Mars/Olympus_Mons' }), 400, 'validation_failed');
    await expectApiError(await client.patch('/api/me', { name: 'Changed', role: 'admin' }), 400, 'validation_failed');
    expect(await (await client.get('/api/me')).json()).toEqual(before);
  });

  it.each(awkwardTexts)('refuses the name %j when changing a profile or adding a person', async (name) => {
    await expectApiError(await actors.employee.patch('/api/me', { name }), 400, 'validation_failed');
    const { body } = await validRequest('POST /api/admin/people');
    await expectApiError(await actors.admin.request('POST', '/api/admin/people', { ...body, name }), 400, 'validation_failed');
  });

  it('takes an empty profile change as a change of nothing', async () => {
    const client = await freshActor(ctx, org, 'employee');
    const before = await (await client.get('/api/me')).json();
    const response = await client.patch('/api/me', {});
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(before);
  });
});
