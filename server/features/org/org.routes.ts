import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { currentPerson, requireRole } from '../../http/access';
import {
  createDepartmentContract,
  createTeamContract,
  orgStructureContract,
  renameDepartmentContract,
  renameTeamContract,
  teamSummaryContract,
} from '../../../shared/contracts/org';
import { createDepartment, createTeam, renameDepartment, renameTeam } from './org-structure.service';
import { listDepartments, listTeams } from './org.repository';
import { teamSummary } from './org.service';

const structureRoute = defineRoute({ ...orgStructureContract, middleware: [requireRole('admin')] as const });
const admins = [requireRole('admin')] as const;
const createDepartmentRoute = defineRoute({ ...createDepartmentContract, middleware: admins });
const renameDepartmentRoute = defineRoute({ ...renameDepartmentContract, middleware: admins });
const createTeamRoute = defineRoute({ ...createTeamContract, middleware: admins });
const renameTeamRoute = defineRoute({ ...renameTeamContract, middleware: admins });
const teamSummaryRoute = defineRoute({ ...teamSummaryContract, middleware: [requireRole('manager', 'admin')] as const });

export function orgRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(structureRoute, async (c) => {
      const [departments, teams] = await Promise.all([listDepartments(deps.db), listTeams(deps.db)]);
      return c.json(
        {
          departments: departments.map((d) => ({ id: d.id, name: d.name })),
          teams: teams.map((t) => ({ id: t.id, departmentId: t.department_id, name: t.name })),
        },
        200,
      );
    })
    .openapi(teamSummaryRoute, async (c) => c.json(await teamSummary(deps.db, currentPerson(c), c.req.valid('param').id), 200))
    .openapi(createDepartmentRoute, async (c) => c.json(await createDepartment(deps.db, currentPerson(c).id, c.req.valid('json').name, deps.clock()), 201))
    .openapi(renameDepartmentRoute, async (c) =>
      c.json(await renameDepartment(deps.db, currentPerson(c).id, c.req.valid('param').id, c.req.valid('json').name, deps.clock()), 200),
    )
    .openapi(createTeamRoute, async (c) => {
      const { departmentId, name } = c.req.valid('json');
      return c.json(await createTeam(deps.db, currentPerson(c).id, departmentId, name, deps.clock()), 201);
    })
    .openapi(renameTeamRoute, async (c) => c.json(await renameTeam(deps.db, currentPerson(c).id, c.req.valid('param').id, c.req.valid('json').name, deps.clock()), 200));
}
