import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { currentPerson, requireRole } from '../../http/access';
import { claimAwardContract, handOverAwardContract, listAwardsContract } from '../../../shared/contracts/awards';
import { claimAward, listAllAwards, markHandedOver } from './awards.service';

const admins = [requireRole('admin')] as const;

const claimRoute = defineRoute({ ...claimAwardContract, middleware: [requireRole()] as const });
const listRoute = defineRoute({ ...listAwardsContract, middleware: admins });
const handOverRoute = defineRoute({ ...handOverAwardContract, middleware: admins });

export function awardRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(claimRoute, async (c) => c.json(await claimAward(deps.db, currentPerson(c), c.req.valid('param').id, deps.clock()), 200))
    .openapi(listRoute, async (c) => c.json({ awards: await listAllAwards(deps.db) }, 200))
    .openapi(handOverRoute, async (c) => c.json(await markHandedOver(deps.db, c.req.valid('param').id, deps.clock()), 200));
}
