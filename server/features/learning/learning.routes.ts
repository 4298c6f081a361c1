import * as z from 'zod/mini';
import { createRouter, defineRoute } from '../../http/api-route';
import { idSchema } from '../../../shared/schemas/common';
import { classroomSessionSchema, learningItemSchema } from '../../../shared/schemas/learning';
import type { AppDeps } from '../../http/app-env';
import { errorResponses, jsonContent } from '../../../shared/contracts/contract';
import { currentPerson, requireRole } from '../../http/access';
import { register, unregister } from './classroom.service';
import { itemForPerson } from './learning.service';

const idParams = z.object({ id: idSchema });

const itemRoute = defineRoute({
  method: 'get',
  path: '/api/items/{id}',
  tags: ['Learning offer'],
  summary: 'A training: micro-training cards, macro-training link and progress, or classroom sessions',
  middleware: [requireRole()] as const,
  request: { params: idParams },
  responses: {
    200: jsonContent(learningItemSchema, 'The training'),
    400: errorResponses[400],
    401: errorResponses[401],
    404: errorResponses[404],
  },
});

const registrationResponses = {
  200: jsonContent(classroomSessionSchema, 'The session with your place in it'),
  400: errorResponses[400],
  401: errorResponses[401],
  403: errorResponses[403],
  404: errorResponses[404],
  409: errorResponses[409],
};

const registerRoute = defineRoute({
  method: 'post',
  path: '/api/sessions/{id}/registration',
  tags: ['Learning offer'],
  summary: 'Register for a classroom session (or join its waiting list when full)',
  middleware: [requireRole()] as const,
  request: { params: idParams },
  responses: registrationResponses,
});

const unregisterRoute = defineRoute({
  method: 'delete',
  path: '/api/sessions/{id}/registration',
  tags: ['Learning offer'],
  summary: 'Give up your seat or waiting-list place; the first person waiting moves up',
  middleware: [requireRole()] as const,
  request: { params: idParams },
  responses: registrationResponses,
});

export function learningRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(itemRoute, async (c) => c.json(await itemForPerson(deps.db, currentPerson(c), c.req.valid('param').id, deps.clock()), 200))
    .openapi(registerRoute, async (c) => c.json(await register(deps.db, currentPerson(c), c.req.valid('param').id, deps.clock()), 200))
    .openapi(unregisterRoute, async (c) => c.json(await unregister(deps.db, currentPerson(c), c.req.valid('param').id, deps.clock()), 200));
}
