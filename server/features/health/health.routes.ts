import { createRouter, defineRoute } from '../../http/api-route';
import { sql } from 'kysely';
import { apiErrorSchema } from '../../../shared/schemas/common';
import { healthSchema } from '../../../shared/schemas/health';
import type { AppDeps } from '../../http/app-env';
import { jsonContent } from '../../../shared/contracts/contract';
import packageJson from '../../../package.json' with { type: 'json' };

const healthRoute = defineRoute({
  method: 'get',
  path: '/api/health',
  tags: ['Operations'],
  summary: 'Liveness and database check, for load balancers',
  responses: {
    200: jsonContent(healthSchema, 'Serving, database reachable'),
    503: jsonContent(apiErrorSchema, 'Database unreachable'),
  },
});

export function healthRoutes(deps: AppDeps) {
  return createRouter().openapi(healthRoute, async (c) => {
    try {
      await sql`select 1`.execute(deps.db);
    } catch (error) {
      deps.log.error('health check: database unreachable', { error: String(error) });
      return c.json({ error: { code: 'database_unreachable', message: 'The database does not answer' } }, 503);
    }
    return c.json({ status: 'ok' as const, database: deps.dialect, version: packageJson.version }, 200);
  });
}
