import { createRouter, defineRoute } from '../../http/api-route';
import { personalDataExportSchema } from '../../../shared/schemas/privacy';
import type { AppDeps } from '../../http/app-env';
import { errorResponses, jsonContent } from '../../../shared/contracts/contract';
import { currentPerson, requireRole } from '../../http/access';
import { exportPersonalData } from './privacy.service';

const exportRoute = defineRoute({
  method: 'get',
  path: '/api/me/export',
  tags: ['Me'],
  summary: 'Download everything Leerlust holds about you (JSON)',
  middleware: [requireRole()] as const,
  responses: { 200: jsonContent(personalDataExportSchema, 'Your data'), 401: errorResponses[401] },
});

export function privacyRoutes(deps: AppDeps) {
  return createRouter().openapi(exportRoute, async (c) => {
    c.header('Content-Disposition', 'attachment; filename="leerlust-my-data.json"');
    return c.json(await exportPersonalData(deps.db, currentPerson(c), deps.clock()), 200);
  });
}
