import { createRouter, defineRoute } from '../../http/api-route';
import { pointValuesSchema, pointValuesUpdateSchema } from '../../../shared/schemas/points';
import type { AppDeps } from '../../http/app-env';
import { errorResponses, jsonBody, jsonContent } from '../../../shared/contracts/contract';
import { requireRole } from '../../http/access';
import { loadPointValues, savePointValues } from './point-values';

const getRoute = defineRoute({
  method: 'get',
  path: '/api/admin/point-values',
  tags: ['Admin'],
  summary: 'Points each activity earns',
  middleware: [requireRole('admin')] as const,
  responses: { 200: jsonContent(pointValuesSchema, 'Point values'), 401: errorResponses[401], 403: errorResponses[403] },
});

const updateRoute = defineRoute({
  method: 'patch',
  path: '/api/admin/point-values',
  tags: ['Admin'],
  summary: 'Change what activities earn from now on (points already earned stay)',
  middleware: [requireRole('admin')] as const,
  request: { body: jsonBody(pointValuesUpdateSchema) },
  responses: {
    200: jsonContent(pointValuesSchema, 'Point values'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
  },
});

export function settingsRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(getRoute, async (c) => c.json(await loadPointValues(deps.db), 200))
    .openapi(updateRoute, async (c) => c.json(await savePointValues(deps.db, c.req.valid('json'), deps.clock()), 200));
}
