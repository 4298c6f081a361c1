import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { currentPerson, requireRole } from '../../http/access';
import { claimTriedContract, tryTrainingContract } from '../../../shared/contracts/try-first';
import { claimTried, tryTraining } from './try-first.service';

// Public: whoever scanned the poster may try, with no account and no cookie.
const tryRoute = defineRoute(tryTrainingContract);
const claimRoute = defineRoute({ ...claimTriedContract, middleware: [requireRole()] as const });

export function tryFirstRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(tryRoute, async (c) => {
      const { code, itemId } = c.req.valid('param');
      return c.json(await tryTraining(deps.db, code, itemId, c.req.valid('query').lang, deps.clock()), 201);
    })
    .openapi(claimRoute, async (c) => {
      const { passId, events } = c.req.valid('json');
      return c.json(await claimTried(deps.db, deps.hooks, currentPerson(c), passId, events, deps.clock()), 200);
    });
}
