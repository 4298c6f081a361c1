import { createRouter, defineRoute } from '../../http/api-route';
import { leaderboardOptInSchema, leaderboardQuerySchema, leaderboardSchema } from '../../../shared/schemas/leaderboards';
import type { AppDeps } from '../../http/app-env';
import { errorResponses, jsonBody, jsonContent } from '../../../shared/contracts/contract';
import { currentPerson, requireRole } from '../../http/access';
import { isOptedIn, setOptIn } from './leaderboards.repository';
import { leaderboard } from './leaderboards.service';

const boardRoute = defineRoute({
  method: 'get',
  path: '/api/leaderboards',
  tags: ['Leaderboards'],
  summary: 'A month’s boards: teams and departments (groups of 5 or more), and people who chose to appear by name',
  middleware: [requireRole()] as const,
  request: { query: leaderboardQuerySchema },
  responses: { 200: jsonContent(leaderboardSchema, 'The boards'), 400: errorResponses[400], 401: errorResponses[401] },
});

const optInRoute = defineRoute({
  method: 'put',
  path: '/api/me/leaderboard',
  tags: ['Me'],
  summary: 'Appear by name on the individual board, or stop appearing (takes effect at once)',
  middleware: [requireRole()] as const,
  request: { body: jsonBody(leaderboardOptInSchema) },
  responses: { 200: jsonContent(leaderboardOptInSchema, 'Your choice'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403] },
});

export function leaderboardRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(boardRoute, async (c) => c.json(await leaderboard(deps.db, currentPerson(c), c.req.valid('query').month, deps.clock()), 200))
    .openapi(optInRoute, async (c) => {
      const person = currentPerson(c);
      await setOptIn(deps.db, person.id, c.req.valid('json').optedIn, deps.clock().toISOString());
      return c.json({ optedIn: await isOptedIn(deps.db, person.id) }, 200);
    });
}
