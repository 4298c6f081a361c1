import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initialAssetsOf, initialScripts } from '../bench/bundle-size';

/** Source files the L&D workspace consists of: its feature folder and the contracts only it uses. */
const ADMIN_SOURCE = /client\/features\/admin\/|shared\/schemas\/(?:workspace|authoring|campaigns)\.ts$/;

/** What only checks answers: zod and the schemas (the CSRF names are plain constants). */
const SCHEMA_SOURCE = /node_modules\/zod\/|shared\/schemas\/(?!csrf\.ts$)/;

/**
 * The employee's first screen must not carry the workspace, nor zod: built with source
 * maps into a temporary folder, the entry script and everything it imports
 * statically are traced back to their source files.
 */
describe('the first screen of the production build', () => {
  let outDir: string;
  let firstScreen: string[];
  const sourcesOf = (chunk: string): string[] => {
    const map = join(outDir, `${chunk}.map`);
    return existsSync(map) ? (JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] }).sources : [];
  };

  beforeAll(() => {
    outDir = mkdtempSync(join(tmpdir(), 'leerlust-admin-split-'));
    execFileSync('npx', ['vite', 'build', '--logLevel', 'error', '--sourcemap', '--outDir', outDir, '--emptyOutDir'], {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    firstScreen = initialScripts(outDir, initialAssetsOf(readFileSync(join(outDir, 'index.html'), 'utf8')).scripts);
  }, 180_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('keeps every admin module out of the entry script and its static imports', () => {
    expect(firstScreen.length).toBeGreaterThan(0);
    const leaked = firstScreen.flatMap((chunk) => sourcesOf(chunk).filter((source) => ADMIN_SOURCE.test(source)).map((source) => `${chunk}: ${source}`));
    expect(leaked).toEqual([]);
    const code = firstScreen.map((chunk) => readFileSync(join(outDir, chunk), 'utf8')).join('\n');
    expect(code).not.toContain('L&D workspace');
    expect(code).not.toContain('AdminTeaser');
  });

  it('leaves zod and the schemas to a lazy chunk: answers are checked after the first paint', () => {
    const leaked = firstScreen.flatMap((chunk) => sourcesOf(chunk).filter((source) => SCHEMA_SOURCE.test(source)));
    expect(leaked).toEqual([]);
  });

  it('puts the workspace in a lazy chunk of its own that the first screen never imports', () => {
    const chunks = readdirSync(join(outDir, 'assets')).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);
    const adminChunks = chunks.filter((chunk) => sourcesOf(chunk).some((source) => ADMIN_SOURCE.test(source)));
    expect(adminChunks.length).toBeGreaterThan(0);
    for (const chunk of adminChunks) expect(firstScreen).not.toContain(chunk);
    expect(adminChunks.some((chunk) => sourcesOf(chunk).some((s) => s.endsWith('client/features/admin/AdminPage.tsx')))).toBe(true);
  });
});
