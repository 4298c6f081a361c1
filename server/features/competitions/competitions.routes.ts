import * as z from 'zod/mini';
import { createRouter, defineRoute } from '../../http/api-route';
import { idSchema } from '../../../shared/schemas/common';
import { competitionListSchema, competitionSchema, createCompetitionSchema, myRewardsSchema, publishedDrawSchema } from '../../../shared/schemas/rewards';
import type { AppDeps } from '../../http/app-env';
import { AppError, notFound } from '../../http/app-error';
import { errorResponses, jsonBody, jsonContent } from '../../../shared/contracts/contract';
import { currentPerson, requireRole } from '../../http/access';
import { findPrize } from '../prizes/prizes.repository';
import { findCompetition } from './competitions.repository';
import { createCompetition, listCompetitionsWithPrizes, publishedDraw, rowToCompetition } from './competitions.service';
import { myRewards } from './my-rewards.service';
import { settleCompetition } from './settlement.service';

const idParams = z.object({ id: idSchema });
const adminOnly = [requireRole('admin')] as const;
const denied = { 401: errorResponses[401], 403: errorResponses[403] };

const myRewardsRoute = defineRoute({
  method: 'get',
  path: '/api/rewards',
  tags: ['Rewards'],
  summary: 'Running competitions, your standing or tickets in each, what you can win and what you have won',
  middleware: [requireRole()] as const,
  responses: { 200: jsonContent(myRewardsSchema, 'Your rewards'), 401: errorResponses[401] },
});

const drawRoute = defineRoute({
  method: 'get',
  path: '/api/competitions/{id}/draw',
  tags: ['Rewards'],
  summary: 'A raffle’s published draw: the commitment, and after the draw the seed, the pseudonymous ticket list and the winners’ codes',
  middleware: [requireRole()] as const,
  request: { params: idParams },
  responses: { 200: jsonContent(publishedDrawSchema, 'The published draw'), 400: errorResponses[400], 401: errorResponses[401], 404: errorResponses[404] },
});

const listRoute = defineRoute({
  method: 'get',
  path: '/api/admin/competitions',
  tags: ['Rewards'],
  summary: 'All competitions',
  middleware: adminOnly,
  responses: { 200: jsonContent(competitionListSchema, 'Competitions'), ...denied },
});

const createRoute = defineRoute({
  method: 'post',
  path: '/api/admin/competitions',
  tags: ['Rewards'],
  summary: 'Open a competition: top learners, a raffle (its seed commitment is published at once) or a milestone',
  middleware: adminOnly,
  request: { body: jsonBody(createCompetitionSchema) },
  responses: { 201: jsonContent(competitionSchema, 'Opened'), 400: errorResponses[400], ...denied, 422: errorResponses[422] },
});

const settleRoute = defineRoute({
  method: 'post',
  path: '/api/admin/competitions/{id}/settle',
  tags: ['Rewards'],
  summary: 'Fix the top learners or draw the raffle, after the period ended (also happens on the first look afterwards)',
  middleware: adminOnly,
  request: { params: idParams },
  responses: { 200: jsonContent(competitionSchema, 'Settled'), 400: errorResponses[400], ...denied, 404: errorResponses[404], 409: errorResponses[409] },
});

export function competitionRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(myRewardsRoute, async (c) => c.json(await myRewards(deps, currentPerson(c), deps.clock()), 200))
    .openapi(drawRoute, async (c) => c.json(await publishedDraw(deps.db, currentPerson(c), c.req.valid('param').id), 200))
    .openapi(listRoute, async (c) => {
      const now = deps.clock();
      return c.json({ competitions: (await listCompetitionsWithPrizes(deps.db)).map(({ row, prize }) => rowToCompetition(row, prize, now)) }, 200);
    })
    .openapi(createRoute, async (c) => c.json(await createCompetition(deps.db, c.req.valid('json'), deps.clock()), 201))
    .openapi(settleRoute, async (c) => {
      const now = deps.clock();
      const { id } = c.req.valid('param');
      const row = await findCompetition(deps.db, id);
      if (!row) throw notFound('Competition');
      if (row.rule === 'milestone') throw new AppError(409, 'awards_while_running', 'A milestone awards its prize as people reach it');
      if (Date.parse(row.ends_at) > now.getTime()) throw new AppError(409, 'not_ended', 'The competition has not ended yet');
      await settleCompetition(deps, row, now);
      const settled = await findCompetition(deps.db, id);
      const prize = settled && (await findPrize(deps.db, settled.prize_id));
      if (!settled || !prize) throw notFound('Competition');
      return c.json(rowToCompetition(settled, prize, now), 200);
    });
}
