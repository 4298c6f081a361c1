import * as z from 'zod/mini';
import { createRouter, defineRoute } from '../../http/api-route';
import { idSchema } from '../../../shared/schemas/common';
import { adminAwardListSchema, adminAwardSchema, awardSchema } from '../../../shared/schemas/rewards';
import type { AppDeps } from '../../http/app-env';
import { errorResponses, jsonContent } from '../../../shared/contracts/contract';
import { currentPerson, requireRole } from '../../http/access';
import { claimAward, listAllAwards, markHandedOver } from './awards.service';

const idParams = z.object({ id: idSchema });

const claimRoute = defineRoute({
  method: 'post',
  path: '/api/awards/{id}/claim',
  tags: ['Rewards'],
  summary: 'Claim a prize you won',
  middleware: [requireRole()] as const,
  request: { params: idParams },
  responses: { 200: jsonContent(awardSchema, 'Claimed'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404] },
});

const listRoute = defineRoute({
  method: 'get',
  path: '/api/admin/awards',
  tags: ['Rewards'],
  summary: 'Every prize won, who won it, and whether it was claimed and handed over',
  middleware: [requireRole('admin')] as const,
  responses: { 200: jsonContent(adminAwardListSchema, 'Awards'), 401: errorResponses[401], 403: errorResponses[403] },
});

const handOverRoute = defineRoute({
  method: 'post',
  path: '/api/admin/awards/{id}/handed-over',
  tags: ['Rewards'],
  summary: 'Mark a claimed prize handed over',
  middleware: [requireRole('admin')] as const,
  request: { params: idParams },
  responses: {
    200: jsonContent(adminAwardSchema, 'Handed over'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
    409: errorResponses[409],
  },
});

export function awardRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(claimRoute, async (c) => c.json(await claimAward(deps.db, currentPerson(c), c.req.valid('param').id, deps.clock()), 200))
    .openapi(listRoute, async (c) => c.json({ awards: await listAllAwards(deps.db) }, 200))
    .openapi(handOverRoute, async (c) => c.json(await markHandedOver(deps.db, c.req.valid('param').id, deps.clock()), 200));
}
