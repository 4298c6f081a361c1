import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { reportAcquisitionContract } from '../../../shared/contracts/attribution';
import { currentPerson, requireRole } from '../../http/access';
import { recordAcquisition } from './attribution.service';

const acquisitionRoute = defineRoute({ ...reportAcquisitionContract, middleware: [requireRole()] as const });

export function attributionRoutes(deps: AppDeps) {
  return createRouter().openapi(acquisitionRoute, async (c) => {
    await recordAcquisition(deps.db, currentPerson(c).id, c.req.valid('json').kind, deps.clock());
    return c.json({ ok: true as const }, 200);
  });
}
