import { createRouter, defineRoute } from '../../http/api-route';
import { feedSchema } from '../../../shared/schemas/teasers';
import type { AppDeps } from '../../http/app-env';
import { errorResponses, jsonContent } from '../../http/responses';
import { currentPerson, requireRole } from '../auth/session.middleware';
import { feedFor } from './teasers.service';

const feedRoute = defineRoute({
  method: 'get',
  path: '/api/feed',
  tags: ['Feed'],
  summary: 'Your personal feed of teasers',
  middleware: [requireRole()] as const,
  responses: { 200: jsonContent(feedSchema, 'Teasers, newest first'), 401: errorResponses[401] },
});

export function teaserRoutes(deps: AppDeps) {
  return createRouter().openapi(feedRoute, async (c) =>
    c.json({ teasers: await feedFor(deps.db, currentPerson(c), deps.clock()) }, 200),
  );
}
