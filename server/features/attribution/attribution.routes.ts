import { createRouter, defineRoute } from '../../http/api-route';
import { okSchema } from '../../../shared/schemas/common';
import { acquisitionEventInputSchema } from '../../../shared/schemas/kickoff';
import type { AppDeps } from '../../http/app-env';
import { errorResponses, jsonBody, jsonContent } from '../../../shared/contracts/contract';
import { currentPerson, requireRole } from '../../http/access';
import { recordAcquisition } from './attribution.service';

const acquisitionRoute = defineRoute({
  tags: ['Attribution'],
  middleware: [requireRole()] as const,
  method: 'post',
  path: '/api/me/acquisition-events',
  summary: 'Report your first install (service-worker activation) or push opt-in, counted for the source that brought you',
  request: { body: jsonBody(acquisitionEventInputSchema) },
  responses: { 200: jsonContent(okSchema, 'Recorded (once per person and kind)'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403] },
});

export function attributionRoutes(deps: AppDeps) {
  return createRouter().openapi(acquisitionRoute, async (c) => {
    await recordAcquisition(deps.db, currentPerson(c).id, c.req.valid('json').kind, deps.clock());
    return c.json({ ok: true as const }, 200);
  });
}
