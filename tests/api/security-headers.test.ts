import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_BODY_LIMIT_BYTES } from '../../server/app';
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

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    proxied = await createTestContext(kind, { trustProxy: true });
  });
  afterAll(async () => {
    await ctx.close();
    await proxied.close();
  });

  // Success, client error, and a refusal made before any route runs.
  const answers = () => [
    ['a success', ctx.app.request('/api/health')],
    ['a 401', ctx.app.request('/api/me')],
    ['a 404', ctx.app.request('/api/nothing-here')],
    ['a 413', new TestClient(ctx.app).post('/api/auth/magic-link', 'x'.repeat(API_BODY_LIMIT_BYTES + 1))],
    ['the API docs page', ctx.app.request('/api/docs')],
  ] as const;

  it('sends a strict Content-Security-Policy on every answer', async () => {
    for (const [what, answer] of answers()) {
      const csp = cspDirectives(await answer);
      expect(csp.get('default-src'), what).toEqual(["'self'"]);
      expect(csp.get('frame-ancestors'), what).toEqual(["'none'"]);
      expect(csp.get('object-src'), what).toEqual(["'none'"]);
      expect(csp.get('script-src'), what).toEqual(["'self'"]);
    }
  });

  it('forbids sniffing and framing on every answer', async () => {
    for (const [what, answer] of answers()) {
      const { headers } = await answer;
      expect(headers.get('x-content-type-options'), what).toBe('nosniff');
      expect(headers.get('x-frame-options'), what).toBe('DENY');
      expect(headers.get('referrer-policy'), what).toBe('strict-origin-when-cross-origin');
    }
  });

  it('keeps API answers out of caches', async () => {
    expect((await ctx.app.request('/api/health')).headers.get('cache-control')).toBe('no-store');
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
