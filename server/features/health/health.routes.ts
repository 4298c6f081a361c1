import { sql } from 'kysely';
import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { healthContract } from '../../../shared/contracts/health';
import packageJson from '../../../package.json' with { type: 'json' };

const healthRoute = defineRoute(healthContract);

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
