import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './app-env';

/**
 * A feature's router. Failed validation answers 400 with every issue and its
 * path, in the shape of `apiErrorSchema`, before the handler runs.
 */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      const issues = result.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        message: issue.message,
      }));
      const summary = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
      return c.json({ error: { code: 'validation_failed', message: summary, issues } }, 400);
    },
  });
}
