import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_BODY_LIMIT_BYTES, createApp, type LeerlustApp } from '../../server/app';
import { testDatabases } from '../helpers/databases';
import { createTestContext, TestClient, type TestContext } from '../helpers/test-app';

/** The Content-Security-Policy as directive → sources. */
function cspDirectives(response: Response): Map<string, string[]> {
  const policy = response.headers.get('content-security-policy') ?? '';
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

describe.each(testDatabases())('security headers ($name)', (kind) => {
  let ctx: TestContext;
  let proxied: TestContext;
  let withClient: LeerlustApp;
  let clientDir: string;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    proxied = await createTestContext(kind, { trustProxy: true });
    clientDir = mkdtempSync(join(tmpdir(), 'leerlust-client-'));
    writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Leerlust</title>');
    writeFileSync(join(clientDir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
    withClient = createApp(ctx.deps, { clientDir });
  });
  afterAll(async () => {
    await ctx.close();
    await proxied.close();
    rmSync(clientDir, { recursive: true, force: true });
  });

  // Success, client error, and a refusal made before any route runs.
  const apiAnswers = () => [
    ['a success', ctx.app.request('/api/health')],
    ['a 401', ctx.app.request('/api/me')],
    ['a 404', ctx.app.request('/api/nothing-here')],
    ['a 413', new TestClient(ctx.app).post('/api/auth/magic-link', 'x'.repeat(API_BODY_LIMIT_BYTES + 1))],
    ['the OpenAPI document', ctx.app.request('/api/openapi.json')],
  ] as const;
  // The shell, a client route served the shell, the service worker (its CSP rules the worker) and the API docs.
  const pages = () => [
    ['the app shell', withClient.request('/')],
    ['a client route', withClient.request('/settings')],
    ['the service worker', withClient.request('/sw.js')],
    ['the API docs page', ctx.app.request('/api/docs')],
  ] as const;

  it('lets pages load only from this origin (strict Content-Security-Policy)', async () => {
    for (const [what, answer] of pages()) {
      const response = await answer;
      expect(response.status, what).toBe(200);
      const csp = cspDirectives(response);
      expect(csp.get('default-src'), what).toEqual(["'self'"]);
      expect(csp.get('frame-ancestors'), what).toEqual(["'none'"]);
      expect(csp.get('object-src'), what).toEqual(["'none'"]);
      expect(csp.get('script-src'), what).toEqual(["'self'"]);
      expect(response.headers.get('cross-origin-opener-policy'), what).toBe('same-origin');
      expect(response.headers.get('referrer-policy'), what).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('permissions-policy'), what).toMatch(/camera=\(\)/);
    }
  });

  it('lets nothing load from an API answer: data is never a page', async () => {
    for (const [what, answer] of apiAnswers()) {
      const csp = cspDirectives(await answer);
      expect(csp.get('default-src'), what).toEqual(["'none'"]);
      expect(csp.get('frame-ancestors'), what).toEqual(["'none'"]);
    }
  });

  it('forbids sniffing, framing and cross-origin reading on every answer', async () => {
    for (const [what, answer] of [...apiAnswers(), ...pages()]) {
      const { headers } = await answer;
      expect(headers.get('x-content-type-options'), what).toBe('nosniff');
      expect(headers.get('x-frame-options'), what).toBe('DENY');
      expect(headers.get('cross-origin-resource-policy'), what).toBe('same-origin');
    }
  });

  it('keeps API answers out of caches', async () => {
    for (const [what, answer] of apiAnswers()) expect((await answer).headers.get('cache-control'), what).toBe('no-store');
  });

  it('sends no HSTS over plain HTTP', async () => {
    expect((await ctx.app.request('http://localhost/api/health')).headers.get('strict-transport-security')).toBeNull();
  });

  it('sends HSTS when the request arrived over HTTPS', async () => {
    const hsts = (await ctx.app.request('https://localhost/api/health')).headers.get('strict-transport-security');
    expect(hsts).toMatch(/max-age=31536000/);
    expect(hsts).toMatch(/includeSubDomains/);
  });

  it('believes X-Forwarded-Proto only from a trusted proxy', async () => {
    const viaProxy = { headers: { 'x-forwarded-proto': 'https' } };
    expect((await proxied.app.request('/api/health', viaProxy)).headers.get('strict-transport-security')).toMatch(/max-age=/);
    expect((await ctx.app.request('/api/health', viaProxy)).headers.get('strict-transport-security')).toBeNull();
  });
});
