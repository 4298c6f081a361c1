import * as z from 'zod/mini';
import { idSchema } from '../schemas/common';
import { orgStructureSchema, teamSummarySchema } from '../schemas/org';
import { defineContract, errorResponses, jsonContent } from './contract';

export const orgStructureContract = defineContract({
  method: 'get',
  path: '/api/admin/org',
  tags: ['Admin'],
  summary: 'Departments and teams',
  responses: { 200: jsonContent(orgStructureSchema, 'The organisation') },
});

export const teamSummaryContract = defineContract({
  method: 'get',
  path: '/api/teams/{id}/summary',
  tags: ['Managers'],
  summary: "A team's figures, in aggregate (groups of at least 5)",
  request: { params: z.object({ id: idSchema }) },
  responses: {
    200: jsonContent(teamSummarySchema, 'Team figures'),
    404: errorResponses[404],
  },
});
