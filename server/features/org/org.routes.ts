import * as z from 'zod/mini';
import { createRouter, defineRoute } from '../../http/api-route';
import { idSchema } from '../../../shared/schemas/common';
import { orgStructureSchema, teamSummarySchema } from '../../../shared/schemas/org';
import type { AppDeps } from '../../http/app-env';
import { errorResponses, jsonContent } from '../../../shared/contracts/contract';
import { currentPerson, requireRole } from '../../http/access';
import { listDepartments, listTeams } from './org.repository';
import { teamSummary } from './org.service';

const structureRoute = defineRoute({
  method: 'get',
  path: '/api/admin/org',
  tags: ['Admin'],
  summary: 'Departments and teams',
  middleware: [requireRole('admin')] as const,
  responses: { 200: jsonContent(orgStructureSchema, 'The organisation'), 401: errorResponses[401], 403: errorResponses[403] },
});

const teamSummaryRoute = defineRoute({
  method: 'get',
  path: '/api/teams/{id}/summary',
  tags: ['Managers'],
  summary: "A team's figures, in aggregate (groups of at least 5)",
  middleware: [requireRole('manager', 'admin')] as const,
  request: { params: z.object({ id: idSchema }) },
  responses: {
    200: jsonContent(teamSummarySchema, 'Team figures'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
  },
});

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
