import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type LeerlustApp } from '../../server/app';
import { testDatabases } from '../helpers/databases';
import { createTestContext, type TestContext } from '../helpers/test-app';

const [sqlite] = testDatabases();

describe('serving the built app', () => {
  let ctx: TestContext;
  let app: LeerlustApp;
  let clientDir: string;

  beforeAll(async () => {
    if (!sqlite) throw new Error('no test database');
    ctx = await createTestContext(sqlite);
    clientDir = mkdtempSync(join(tmpdir(), 'leerlust-client-'));
    mkdirSync(join(clientDir, 'assets'));
    writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Leerlust</title>');
    writeFileSync(join(clientDir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
    writeFileSync(join(clientDir, 'assets', 'index-Ab12Cd34.js'), 'export {};');
    app = createApp(ctx.deps, { clientDir });
  });
  afterAll(async () => {
    await ctx.close();
    rmSync(clientDir, { recursive: true, force: true });
  });

  it('caches a hashed asset for good, and makes phones revalidate the shell and the service worker', async () => {
    expect((await app.request('/assets/index-Ab12Cd34.js')).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/sw.js', '/settings']) {
      const response = await app.request(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
    }
  });

  it('answers a client route with the shell, but a missing asset with a 404 that nothing caches for long', async () => {
    expect(await (await app.request('/prizes')).text()).toContain('<title>Leerlust</title>');
    // An old chunk asked for after an update must fail as such, not arrive as a year-cached copy of the shell.
    const missing = await app.request('/assets/index-Old00000.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).not.toMatch(/immutable/);
  });
});
