import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { currentPerson, requireRole } from '../../http/access';
import { leaderboardContract, leaderboardOptInContract } from '../../../shared/contracts/leaderboards';
import { isOptedIn, setOptIn } from './leaderboards.repository';
import { leaderboard } from './leaderboards.service';

const boardRoute = defineRoute({ ...leaderboardContract, middleware: [requireRole()] as const });
const optInRoute = defineRoute({ ...leaderboardOptInContract, middleware: [requireRole()] as const });

export function leaderboardRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(boardRoute, async (c) => c.json(await leaderboard(deps.db, currentPerson(c), c.req.valid('query').month, deps.clock()), 200))
    .openapi(optInRoute, async (c) => {
      const person = currentPerson(c);
      await setOptIn(deps.db, person.id, c.req.valid('json').optedIn, deps.clock().toISOString());
      return c.json({ optedIn: await isOptedIn(deps.db, person.id) }, 200);
    });
}
