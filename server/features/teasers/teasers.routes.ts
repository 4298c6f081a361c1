import { createRouter, defineRoute } from '../../http/api-route';
import { feedSchema } from '../../../shared/schemas/teasers';
import type { AppDeps } from '../../http/app-env';
import { errorResponses, jsonContent } from '../../../shared/contracts/contract';
import { currentPerson, requireRole } from '../../http/access';
import { feedJsonFor } from './teasers.service';

const feedRoute = defineRoute({
  method: 'get',
  path: '/api/feed',
  tags: ['Feed'],
  summary: 'Your personal feed of teasers',
  middleware: [requireRole()] as const,
  responses: { 200: jsonContent(feedSchema, 'Teasers, newest first'), 401: errorResponses[401] },
});

export function teaserRoutes(deps: AppDeps) {
  // The feed is sent as the JSON feedJsonFor keeps per person (see there); it is built from feedSchema's type.
  return createRouter().openapi(feedRoute, async (c) =>
    c.body(await feedJsonFor(deps.db, currentPerson(c), deps.clock(), c.get('catalogueVersion') ?? undefined), 200, {
      'Content-Type': 'application/json',
    }),
  );
}
