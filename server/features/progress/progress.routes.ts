import { createRouter, defineRoute } from '../../http/api-route';
import { eventBatchSchema } from '../../../shared/schemas/events';
import { syncResultSchema } from '../../../shared/schemas/events';
import { progressSchema } from '../../../shared/schemas/progress';
import type { AppDeps } from '../../http/app-env';
import { errorResponses, jsonBody, jsonContent } from '../../../shared/contracts/contract';
import { currentPerson, requireRole } from '../../http/access';
import { progressOf } from './progress.service';
import { applyEvents } from './sync.service';

const syncRoute = defineRoute({
  method: 'post',
  path: '/api/events',
  tags: ['Progress'],
  summary: 'Send what you did (from the offline outbox); each event is applied exactly once',
  description:
    'Answers per event: applied, duplicate (already applied: drop it from the outbox) or rejected with a reason ' +
    '(in_future, too_old, unknown_item, unknown_teaser, id_conflict), and your new points and streak.',
  middleware: [requireRole()] as const,
  // A full batch of 500 events is about 150 KB of JSON.
  bodyLimitBytes: 512 * 1024,
  request: { body: jsonBody(eventBatchSchema) },
  responses: {
    200: jsonContent(syncResultSchema, 'Per-event results and your progress'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
  },
});

const progressRoute = defineRoute({
  method: 'get',
  path: '/api/progress',
  tags: ['Progress'],
  summary: 'Your points, streak and completed trainings',
  middleware: [requireRole()] as const,
  responses: { 200: jsonContent(progressSchema, 'Your progress'), 401: errorResponses[401] },
});

export function progressRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(syncRoute, async (c) => c.json(await applyEvents(deps.db, currentPerson(c), c.req.valid('json').events, deps.clock()), 200))
    .openapi(progressRoute, async (c) => c.json(await progressOf(deps.db, currentPerson(c), deps.clock()), 200));
}
