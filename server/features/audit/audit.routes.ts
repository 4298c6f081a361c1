import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { requireRole } from '../../http/access';
import { auditLogContract } from '../../../shared/contracts/audit';
import { listAudit } from './audit.service';

const auditRoute = defineRoute({ ...auditLogContract, middleware: [requireRole('admin')] as const });

export function auditRoutes(deps: AppDeps) {
  return createRouter().openapi(auditRoute, async (c) => {
    const { entityId } = c.req.valid('query');
    return c.json({ entries: await listAudit(deps.db, entityId ? { entityId } : {}) }, 200);
  });
}
