import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { currentPerson, requireRole } from '../../http/access';
import {
  inviteStoryContract,
  myRecommendationsContract,
  recommendToTeamContract,
  sendTeamEmailContract,
  teamEmailPreviewContract,
  teamOverviewContract,
} from '../../../shared/contracts/team';
import { previewTeamEmail, sendTeamEmail } from './team-email.service';
import { inviteToWriteStory, myRecommendations, recommendToTeam, teamOverview } from './team.service';

const managers = [requireRole('manager')] as const;

export function teamRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(defineRoute({ ...teamOverviewContract, middleware: managers }), async (c) => c.json(await teamOverview(deps, currentPerson(c), deps.clock()), 200))
    .openapi(defineRoute({ ...recommendToTeamContract, middleware: managers }), async (c) =>
      c.json(await recommendToTeam(deps.db, currentPerson(c), c.req.valid('json'), deps.clock()), 201),
    )
    .openapi(defineRoute({ ...myRecommendationsContract, middleware: [requireRole()] as const }), async (c) => c.json(await myRecommendations(deps.db, currentPerson(c), deps.clock()), 200))
    .openapi(defineRoute({ ...inviteStoryContract, middleware: managers }), async (c) => {
      const body = c.req.valid('json');
      await inviteToWriteStory(deps, currentPerson(c), body.personId, body.message);
      return c.json({ ok: true as const }, 200);
    })
    .openapi(defineRoute({ ...teamEmailPreviewContract, middleware: managers }), async (c) => c.json(await previewTeamEmail(deps, currentPerson(c), deps.clock()), 200))
    .openapi(defineRoute({ ...sendTeamEmailContract, middleware: managers }), async (c) => c.json(await sendTeamEmail(deps, currentPerson(c), deps.clock()), 200));
}
