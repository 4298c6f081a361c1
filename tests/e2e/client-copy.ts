import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * A throw-away copy of the production build (dist/client), for a server whose
 * files a test may change without touching the build other tests use.
 */
export function copyBuiltClient(): { dir: string; publishNewServiceWorker(): void; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'leerlust-client-'));
  cpSync(resolve('dist/client'), dir, { recursive: true });
  return {
    dir,
    /** What a deploy does to a phone: sw.js changes by a byte, so the browser installs it as a new version. */
    publishNewServiceWorker() {
      appendFileSync(join(dir, 'sw.js'), `\n// new version ${Date.now()}\n`);
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
