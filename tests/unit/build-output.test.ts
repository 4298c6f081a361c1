import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIconSize, pngSize } from '../helpers/png';

/**
 * What the production build hands the service worker to precache. Built into
 * a temporary folder, so this test neither needs nor disturbs dist/.
 */
describe('the production build', () => {
  let outDir: string;
  let precached: string[];

  beforeAll(() => {
    outDir = mkdtempSync(join(tmpdir(), 'leerlust-build-'));
    // NODE_ENV=production: under Vitest it is "test", and Vite would build a development flavour.
    execFileSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', outDir, '--emptyOutDir'], {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    precached = precacheManifest(readFileSync(join(outDir, 'sw.js'), 'utf8')).map((entry) => entry.url);
  }, 120_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('precaches the app shell: index.html and the JS and CSS it loads', () => {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const shellFiles = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
    expect(shellFiles.some((f) => f?.endsWith('.js'))).toBe(true);
    expect(shellFiles.some((f) => f?.endsWith('.css'))).toBe(true);
    expect(precached).toEqual(expect.arrayContaining(['index.html', 'manifest.webmanifest', 'icons/icon-192.png', ...shellFiles]));
  });

  it('registers the service worker from the bundle, with no development code left in', () => {
    const js = readdirSync(join(outDir, 'assets')).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(outDir, 'assets', f), 'utf8')).join('\n');
    expect(js).toContain('/sw.js');
    expect(js).not.toContain('__PREACT_DEVTOOLS__');
    // Workbox's development build logs every routing decision.
    expect(readFileSync(join(outDir, 'sw.js'), 'utf8')).not.toContain('Router is responding');
  });

  it('precaches only files that exist, each once, and never the API or the worker itself', () => {
    expect(new Set(precached).size).toBe(precached.length);
    for (const url of precached) expect(existsSync(join(outDir, url)), url).toBe(true);
    expect(precached.filter((url) => /^\/?api\//.test(url))).toEqual([]);
    expect(precached).not.toContain('sw.js');
  });

  it('writes a manifest whose PNG icons have the sizes it promises', () => {
    const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.webmanifest'), 'utf8')) as {
      icons: { src: string; sizes: string; type: string }[];
      shortcuts: { icons: { src: string; sizes: string; type: string }[] }[];
    };
    const icons = [...manifest.icons, ...manifest.shortcuts.flatMap((s) => s.icons)].filter((i) => i.type === 'image/png');
    expect(icons.length).toBeGreaterThanOrEqual(5);
    for (const icon of icons) expect(pngSize(readFileSync(join(outDir, icon.src))), icon.src).toEqual(parseIconSize(icon.sizes));
  });
});

/** The list workbox-build injected in place of self.__WB_MANIFEST. */
function precacheManifest(sw: string): { url: string; revision: string | null }[] {
  const match = /\[\s*\{\s*"(?:url|revision)"[\s\S]*?\}\s*\]/.exec(sw);
  if (!match) throw new Error('no precache manifest in sw.js');
  return JSON.parse(match[0]) as { url: string; revision: string | null }[];
}
