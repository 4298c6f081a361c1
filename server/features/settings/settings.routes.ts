import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { requireRole } from '../../http/access';
import { pointValuesContract, updatePointValuesContract } from '../../../shared/contracts/settings';
import { loadPointValues, savePointValues } from './point-values';

const getRoute = defineRoute({ ...pointValuesContract, middleware: [requireRole('admin')] as const });
const updateRoute = defineRoute({ ...updatePointValuesContract, middleware: [requireRole('admin')] as const });

export function settingsRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(getRoute, async (c) => c.json(await loadPointValues(deps.db), 200))
    .openapi(updateRoute, async (c) => c.json(await savePointValues(deps.db, c.req.valid('json'), deps.clock()), 200));
}
