import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { requireRole } from '../../http/access';
import { createPrizeContract, listPrizesContract, updatePrizeContract } from '../../../shared/contracts/prizes';
import { listPrizes, rowToPrize } from './prizes.repository';
import { createPrize, updatePrize } from './prizes.service';

const admins = [requireRole('admin')] as const;

const listRoute = defineRoute({ ...listPrizesContract, middleware: admins });
const createRoute = defineRoute({ ...createPrizeContract, middleware: admins });
const updateRoute = defineRoute({ ...updatePrizeContract, middleware: admins });

export function prizeRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(listRoute, async (c) => c.json({ prizes: (await listPrizes(deps.db)).map(rowToPrize) }, 200))
    .openapi(createRoute, async (c) => c.json(await createPrize(deps.db, c.req.valid('json'), deps.clock()), 201))
    .openapi(updateRoute, async (c) => c.json(await updatePrize(deps.db, c.req.valid('param').id, c.req.valid('json'), deps.clock()), 200));
}
