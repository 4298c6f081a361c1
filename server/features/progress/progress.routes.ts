import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { currentPerson, requireRole } from '../../http/access';
import { syncEventsContract } from '../../../shared/contracts/events';
import { progressContract } from '../../../shared/contracts/progress';
import { progressOf } from './progress.service';
import { applyEvents } from './sync.service';

const syncRoute = defineRoute({ ...syncEventsContract, middleware: [requireRole()] as const });
const progressRoute = defineRoute({ ...progressContract, middleware: [requireRole()] as const });

export function progressRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(syncRoute, async (c) => c.json(await applyEvents(deps.db, deps.hooks, currentPerson(c), c.req.valid('json').events, deps.clock()), 200))
    .openapi(progressRoute, async (c) => c.json(await progressOf(deps.db, currentPerson(c), deps.clock()), 200));
}
