import * as z from 'zod/mini';
import { createRouter, defineRoute } from '../../http/api-route';
import { idSchema } from '../../../shared/schemas/common';
import { createPrizeSchema, prizeListSchema, prizeSchema, updatePrizeSchema } from '../../../shared/schemas/rewards';
import type { AppDeps } from '../../http/app-env';
import { errorResponses, jsonBody, jsonContent } from '../../../shared/contracts/contract';
import { requireRole } from '../../http/access';
import { listPrizes, rowToPrize } from './prizes.repository';
import { createPrize, updatePrize } from './prizes.service';

const adminOnly = [requireRole('admin')] as const;
const denied = { 401: errorResponses[401], 403: errorResponses[403] };

const listRoute = defineRoute({
  method: 'get',
  path: '/api/admin/prizes',
  tags: ['Rewards'],
  summary: 'The prize catalogue',
  middleware: adminOnly,
  responses: { 200: jsonContent(prizeListSchema, 'Prizes'), ...denied },
});

const createRoute = defineRoute({
  method: 'post',
  path: '/api/admin/prizes',
  tags: ['Rewards'],
  summary: 'Add a prize (voucher, clothing, a personal training…) with its stock',
  middleware: adminOnly,
  request: { body: jsonBody(createPrizeSchema) },
  responses: { 201: jsonContent(prizeSchema, 'Added'), 400: errorResponses[400], ...denied },
});

const updateRoute = defineRoute({
  method: 'patch',
  path: '/api/admin/prizes/{id}',
  tags: ['Rewards'],
  summary: 'Change a prize or its stock',
  middleware: adminOnly,
  request: { params: z.object({ id: idSchema }), body: jsonBody(updatePrizeSchema) },
  responses: { 200: jsonContent(prizeSchema, 'Changed'), 400: errorResponses[400], ...denied, 404: errorResponses[404] },
});

export function prizeRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(listRoute, async (c) => c.json({ prizes: (await listPrizes(deps.db)).map(rowToPrize) }, 200))
    .openapi(createRoute, async (c) => c.json(await createPrize(deps.db, c.req.valid('json'), deps.clock()), 201))
    .openapi(updateRoute, async (c) => c.json(await updatePrize(deps.db, c.req.valid('param').id, c.req.valid('json'), deps.clock()), 200));
}
