import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, request } from 'undici';
import type { ServerType } from '@hono/node-server';
import { listen } from '../../server/server';
import { testDatabases } from '../helpers/databases';
import { fetchOpenApiDocument, listOperations, type Operation } from '../helpers/openapi';
import { CSRF_COOKIE, SESSION_COOKIE } from '../../shared/schemas/csrf';
import { addPerson, createTestContext, signedInClient, type TestContext } from '../helpers/test-app';

const THREE_MB = 3 * 1024 * 1024;

/**
 * A client that keeps its connection, as browsers and load balancers do: a
 * request refused before its body is read (413 over the size limit, 403 from
 * another site) must leave the connection fit for the next request, or close
 * it cleanly, never drop it under the next one.
 */
describe.each(testDatabases())('a connection after an early answer ($name)', (kind) => {
  let ctx: TestContext;
  let server: ServerType;
  let origin: string;
  let bodyRoutes: Operation[];

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    server = await listen(ctx.app.fetch, 0);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    bodyRoutes = listOperations(await fetchOpenApiDocument(ctx.app)).filter((o) => o.operation.requestBody);
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await ctx.close();
  });

  /** `/api/x/{id}` with a well-formed id, so the route (not the 404) answers. */
  const pathOf = (operation: Operation) => operation.path.replace(/\{\w+\}/g, '00000000-0000-4000-8000-000000000001');

  async function bigThenNormal(operation: Operation, headers: Record<string, string>, streamed = false) {
    const agent = new Agent({ connections: 1, pipelining: 1 });
    let first = 0;
    try {
      const big = await request(`${origin}${pathOf(operation)}`, {
        method: operation.method,
        dispatcher: agent,
        headers: { 'content-type': 'application/json', ...headers },
        // Streamed: sent in chunks without a length, so the server must count what arrives.
        body: streamed ? Readable.from(Array.from({ length: 48 }, () => Buffer.alloc(THREE_MB / 48, 0x20))) : Buffer.alloc(THREE_MB, 0x20),
      });
      await big.body.text();
      first = big.statusCode;
      const next = await request(`${origin}/api/health`, { dispatcher: agent });
      await next.body.text();
      return { first, next: next.statusCode };
    } catch (error) {
      // The failure this guards against: the next request dies with the connection ("other side closed").
      return { first, next: String(error) };
    } finally {
      await agent.close();
    }
  }

  it('covers every route that takes a body', () => {
    expect(bodyRoutes.length).toBeGreaterThan(20);
  });

  // The image uploads take more than the default limit: signed out, the session check answers first.
  const LARGER_LIMIT = new Set(['POST /api/admin/images', 'POST /api/me/images']);

  it('answers 3 MB early (413 over the limit, 401 before a larger limit) and then the next request, for every body route', async () => {
    const answers = [];
    for (const operation of bodyRoutes) answers.push({ key: operation.key, ...(await bigThenNormal(operation, {})) });
    const expected = (key: string) => (LARGER_LIMIT.has(key) ? 401 : 413);
    expect(answers.filter((a) => a.first !== expected(a.key) || a.next !== 200)).toEqual([]);
  });

  it('answers 3 MB streamed without a length early, and then the next request, for every body route', async () => {
    const answers = [];
    for (const operation of bodyRoutes) answers.push({ key: operation.key, ...(await bigThenNormal(operation, {}, true)) });
    const expected = (key: string) => (LARGER_LIMIT.has(key) ? 401 : 413);
    expect(answers.filter((a) => a.first !== expected(a.key) || a.next !== 200)).toEqual([]);
  });

  it('answers 415 and a role 403 to 3 MB for the image upload, whose limit is larger, and then the next request', async () => {
    const upload = bodyRoutes.find((o) => o.key === 'POST /api/admin/images');
    if (!upload) throw new Error('no image upload route');
    const headersOf = async (role: 'admin' | 'employee') => {
      const client = await signedInClient(ctx, (await addPerson(ctx, { role })).id);
      const session = { cookie: `${SESSION_COOKIE}=${client.cookie(SESSION_COOKIE)}`, 'x-csrf-token': client.cookie(CSRF_COOKIE) ?? '' };
      return session;
    };
    expect(await bigThenNormal(upload, { ...(await headersOf('admin')), 'content-type': 'text/plain' })).toEqual({ first: 415, next: 200 });
    expect(await bigThenNormal(upload, await headersOf('employee'))).toEqual({ first: 403, next: 200 });
  });

  it('answers a cross-site 403 to 3 MB and then the next request, for every body route', async () => {
    const answers = [];
    for (const operation of bodyRoutes) answers.push({ key: operation.key, ...(await bigThenNormal(operation, { origin: 'https://evil.example' })) });
    expect(answers.filter((a) => a.first !== 403 || a.next !== 200)).toEqual([]);
  });
});
