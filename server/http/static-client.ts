import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { AppEnv } from './app-env';
import { setAnswerHeader } from './response-headers';

/**
 * Serves the built PWA. Hashed assets are cached for a year; the shell, the
 * service worker and the manifest must always be revalidated so that an
 * update reaches phones. Unknown non-API paths get the shell (client routing).
 */
export function serveClient(app: Hono<AppEnv>, clientDir: string): void {
  const indexFile = join(clientDir, 'index.html');
  if (!existsSync(indexFile)) return;
  const indexHtml = readFileSync(indexFile, 'utf8');
  // Hashed assets never change under their name; everything else (the shell, sw.js, the manifest) must be revalidated.
  app.use('*', async (c, next) => {
    await next();
    if (c.req.path.startsWith('/api/')) return;
    setAnswerHeader(c, 'Cache-Control', c.req.path.startsWith('/assets/') && c.res.ok ? 'public, max-age=31536000, immutable' : 'no-cache');
  });
  app.use('*', serveStatic({ root: clientDir, precompressed: true }));
  app.get('*', (c) => {
    // A missing API route or hashed asset (an old chunk after an update) is a 404, not the shell.
    if (c.req.path.startsWith('/api/') || c.req.path.startsWith('/assets/')) return c.notFound();
    return c.html(indexHtml);
  });
}
