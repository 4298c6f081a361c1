import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { currentPerson, requireRole } from '../../http/access';
import { orgStructureContract, teamSummaryContract } from '../../../shared/contracts/org';
import { listDepartments, listTeams } from './org.repository';
import { teamSummary } from './org.service';

const structureRoute = defineRoute({ ...orgStructureContract, middleware: [requireRole('admin')] as const });
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
    .openapi(teamSummaryRoute, async (c) => c.json(await teamSummary(deps.db, currentPerson(c), c.req.valid('param').id), 200));
}
