import * as z from 'zod/mini';
import { createRouter, defineRoute } from '../../http/api-route';
import { auditLogSchema } from '../../../shared/schemas/authoring';
import { identifier } from '../../../shared/schemas/common';
import type { AppDeps } from '../../http/app-env';
import { errorResponses, jsonContent } from '../../../shared/contracts/contract';
import { requireRole } from '../../http/access';
import { listAudit } from './audit.service';

const auditRoute = defineRoute({
  method: 'get',
  path: '/api/admin/audit',
  tags: ['Admin'],
  summary: 'Who changed what, when (newest first)',
  middleware: [requireRole('admin')] as const,
  request: { query: z.object({ entityId: z.optional(identifier(100)) }) },
  responses: { 200: jsonContent(auditLogSchema, 'Audit entries'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403] },
});

export function auditRoutes(deps: AppDeps) {
  return createRouter().openapi(auditRoute, async (c) => {
    const { entityId } = c.req.valid('query');
    return c.json({ entries: await listAudit(deps.db, entityId ? { entityId } : {}) }, 200);
  });
}
