import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { AppError, notFound } from '../../http/app-error';
import { currentPerson, requireRole } from '../../http/access';
import {
  createCompetitionContract,
  listCompetitionsContract,
  myRewardsContract,
  publishedDrawContract,
  settleCompetitionContract,
} from '../../../shared/contracts/competitions';
import { findPrize } from '../prizes/prizes.repository';
import { findCompetition } from './competitions.repository';
import { createCompetition, listCompetitionsWithPrizes, publishedDraw, rowToCompetition } from './competitions.service';
import { myRewards } from './my-rewards.service';
import { settleCompetition } from './settlement.service';

const signedIn = [requireRole()] as const;
const admins = [requireRole('admin')] as const;

const myRewardsRoute = defineRoute({ ...myRewardsContract, middleware: signedIn });
const drawRoute = defineRoute({ ...publishedDrawContract, middleware: signedIn });
const listRoute = defineRoute({ ...listCompetitionsContract, middleware: admins });
const createRoute = defineRoute({ ...createCompetitionContract, middleware: admins });
const settleRoute = defineRoute({ ...settleCompetitionContract, middleware: admins });

export function competitionRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(myRewardsRoute, async (c) => c.json(await myRewards(deps, currentPerson(c), deps.clock()), 200))
    .openapi(drawRoute, async (c) => c.json(await publishedDraw(deps.db, currentPerson(c), c.req.valid('param').id, deps.clock()), 200))
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
