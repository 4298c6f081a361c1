import { recordAccess } from '../works-council/access-log';
import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { currentPerson, requireRole } from '../../http/access';
import { adminPathsContract, createPathContract, createTeamPathContract, deletePathContract, teamPathsContract, updatePathContract } from '../../../shared/contracts/paths';
import { adminPaths, createTeamPath, removePath, savePathOf, teamPaths } from './paths.service';

const admins = [requireRole('admin')] as const;
const managers = [requireRole('manager')] as const;

const listRoute = defineRoute({ ...adminPathsContract, middleware: admins });
const createRoute = defineRoute({ ...createPathContract, middleware: admins });
const updateRoute = defineRoute({ ...updatePathContract, middleware: admins });
const deleteRoute = defineRoute({ ...deletePathContract, middleware: admins });
const teamRoute = defineRoute({ ...teamPathsContract, middleware: managers });
const createTeamRoute = defineRoute({ ...createTeamPathContract, middleware: managers });

export function pathRoutes(deps: AppDeps) {
  const { db } = deps;
  return createRouter()
    .openapi(listRoute, async (c) => c.json({ paths: await adminPaths(db, deps.clock()) }, 200))
    .openapi(createRoute, async (c) => c.json(await savePathOf(db, currentPerson(c), null, c.req.valid('json'), deps.clock()), 201))
    .openapi(updateRoute, async (c) => c.json(await savePathOf(db, currentPerson(c), c.req.valid('param').id, c.req.valid('json'), deps.clock()), 200))
    .openapi(deleteRoute, async (c) => {
      await removePath(db, currentPerson(c), c.req.valid('param').id, deps.clock());
      return c.json({ ok: true as const }, 200);
    })
    .openapi(teamRoute, async (c) => {
      const manager = currentPerson(c);
      const paths = await teamPaths(db, manager, deps.clock());
      // A mandatory path shows each team member's status: that look is on their access log.
      const seen = paths.paths.flatMap((path) => (path.people ?? []).map((p) => p.personId));
      await recordAccess(db, manager.id, seen, 'team_path_status', deps.clock());
      return c.json(paths, 200);
    })
    .openapi(createTeamRoute, async (c) => c.json(await createTeamPath(db, currentPerson(c), c.req.valid('json'), deps.clock()), 201));
}
