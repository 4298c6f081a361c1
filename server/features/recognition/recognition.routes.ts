import { recordAccess } from '../works-council/access-log';
import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { currentPerson, requireRole } from '../../http/access';
import {
  adminRecognitionsContract,
  createRecognitionContract,
  myRecognitionsContract,
  recognitionCandidatesContract,
  shareRecognitionContract,
  teamRoleModelsContract,
} from '../../../shared/contracts/recognition';
import { listAllRecognitions, listRecognitionsOf, listSharedInTeam, listTeamOf } from './recognition.repository';
import { decideSharing, recognise, rowToMyRecognition } from './recognition.service';

const signedIn = [requireRole()] as const;
const managers = [requireRole('manager')] as const;

const candidatesRoute = defineRoute({ ...recognitionCandidatesContract, middleware: managers });
const createRoute = defineRoute({ ...createRecognitionContract, middleware: managers });
const mineRoute = defineRoute({ ...myRecognitionsContract, middleware: signedIn });
const shareRoute = defineRoute({ ...shareRecognitionContract, middleware: signedIn });
const teamRoute = defineRoute({ ...teamRoleModelsContract, middleware: signedIn });
const adminRoute = defineRoute({ ...adminRecognitionsContract, middleware: [requireRole('admin')] as const });

export function recognitionRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(candidatesRoute, async (c) => c.json({ people: await listTeamOf(deps.db, currentPerson(c)) }, 200))
    .openapi(createRoute, async (c) => c.json(await recognise(deps.db, currentPerson(c), c.req.valid('json'), deps.clock()), 201))
    .openapi(mineRoute, async (c) => c.json({ recognitions: (await listRecognitionsOf(deps.db, currentPerson(c).id)).map(rowToMyRecognition) }, 200))
    .openapi(shareRoute, async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await decideSharing(deps.db, currentPerson(c), id, c.req.valid('json').shared, deps.clock()), 200);
    })
    .openapi(teamRoute, async (c) => {
      const teamId = currentPerson(c).team_id;
      const rows = teamId ? await listSharedInTeam(deps.db, teamId) : [];
      const roleModels = rows.map((r) => ({ id: r.id, personName: r.person_name, managerName: r.manager_name, message: r.message, createdAt: r.created_at }));
      return c.json({ roleModels }, 200);
    })
    .openapi(adminRoute, async (c) => {
      const rows = await listAllRecognitions(deps.db, c.req.valid('query').campaignId);
      // The moderation queue shows who was nominated: on their access log.
      await recordAccess(deps.db, currentPerson(c).id, rows.map((r) => r.person_id), 'nominations', deps.clock());
      const recognitions = rows.map((r) => ({
        id: r.id,
        personName: r.person_name,
        managerName: r.manager_name,
        message: r.message,
        campaignId: r.campaign_id,
        shared: r.share_with_team === 1,
        createdAt: r.created_at,
      }));
      return c.json({ recognitions }, 200);
    });
}
