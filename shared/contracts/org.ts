import * as z from 'zod/mini';
import { idSchema } from '../schemas/common';
import { createTeamSchema, departmentSchema, nameDepartmentSchema, nameTeamSchema, orgStructureSchema, teamSchema, teamSummarySchema } from '../schemas/org';
import { defineContract, errorResponses, jsonBody, jsonContent } from './contract';

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

const changed = { 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 409: errorResponses[409] };
const idParams = z.object({ id: idSchema });

export const createDepartmentContract = defineContract({
  method: 'post',
  path: '/api/admin/departments',
  tags: ['Admin'],
  summary: 'Add a department',
  request: { body: jsonBody(nameDepartmentSchema) },
  responses: { 201: jsonContent(departmentSchema, 'Added'), ...changed },
});

export const renameDepartmentContract = defineContract({
  method: 'patch',
  path: '/api/admin/departments/{id}',
  tags: ['Admin'],
  summary: 'Rename a department',
  request: { params: idParams, body: jsonBody(nameDepartmentSchema) },
  responses: { 200: jsonContent(departmentSchema, 'Renamed'), 404: errorResponses[404], ...changed },
});

export const createTeamContract = defineContract({
  method: 'post',
  path: '/api/admin/teams',
  tags: ['Admin'],
  summary: 'Add a team to a department',
  request: { body: jsonBody(createTeamSchema) },
  responses: { 201: jsonContent(teamSchema, 'Added'), 422: errorResponses[422], ...changed },
});

export const renameTeamContract = defineContract({
  method: 'patch',
  path: '/api/admin/teams/{id}',
  tags: ['Admin'],
  summary: 'Rename a team',
  request: { params: idParams, body: jsonBody(nameTeamSchema) },
  responses: { 200: jsonContent(teamSchema, 'Renamed'), 404: errorResponses[404], ...changed },
});
