import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { currentPerson, requireRole } from '../../http/access';
import { exportMyDataContract } from '../../../shared/contracts/privacy';
import { exportPersonalData } from './privacy.service';

const exportRoute = defineRoute({ ...exportMyDataContract, middleware: [requireRole()] as const });

export function privacyRoutes(deps: AppDeps) {
  return createRouter().openapi(exportRoute, async (c) => {
    c.header('Content-Disposition', 'attachment; filename="leerlust-my-data.json"');
    return c.json(await exportPersonalData(deps.db, currentPerson(c), deps.clock()), 200);
  });
}
