import * as z from 'zod/mini';
import { idSchema, okSchema } from '../schemas/common';
import { adminPathListSchema, adminPathSchema, pathInputSchema, teamPathInputSchema, teamPathsSchema } from '../schemas/paths';
import { defineContract, errorResponses, jsonBody, jsonContent } from './contract';

const accessErrors = { 401: errorResponses[401], 403: errorResponses[403] } as const;
const bodyErrors = { 400: errorResponses[400], ...accessErrors, 422: errorResponses[422] } as const;
const byId = z.object({ id: idSchema });

export const adminPathsContract = defineContract({
  method: 'get',
  path: '/api/admin/paths',
  tags: ['Learning paths'],
  summary: 'Every learning path, with how many people have it and finished it',
  responses: { 200: jsonContent(adminPathListSchema, 'Paths'), ...accessErrors },
});

export const createPathContract = defineContract({
  method: 'post',
  path: '/api/admin/paths',
  tags: ['Learning paths'],
  summary: 'Make a learning path for target groups: published trainings in order, optionally mandatory, with a due date',
  request: { body: jsonBody(pathInputSchema) },
  responses: { 201: jsonContent(adminPathSchema, 'Made'), ...bodyErrors },
});

export const updatePathContract = defineContract({
  method: 'put',
  path: '/api/admin/paths/{id}',
  tags: ['Learning paths'],
  summary: 'Change a learning path',
  request: { params: byId, body: jsonBody(pathInputSchema) },
  responses: { 200: jsonContent(adminPathSchema, 'Changed'), ...bodyErrors, 404: errorResponses[404] },
});

export const deletePathContract = defineContract({
  method: 'delete',
  path: '/api/admin/paths/{id}',
  tags: ['Learning paths'],
  summary: 'Remove a learning path',
  request: { params: byId },
  responses: { 200: jsonContent(okSchema, 'Removed'), 400: errorResponses[400], ...accessErrors, 404: errorResponses[404] },
});

export const teamPathsContract = defineContract({
  method: 'get',
  path: '/api/team/paths',
  tags: ['Learning paths'],
  summary: "Your team's paths: each member's status for mandatory paths, otherwise only how many finished (from 5 people)",
  responses: { 200: jsonContent(teamPathsSchema, 'Team paths'), ...accessErrors },
});

export const createTeamPathContract = defineContract({
  method: 'post',
  path: '/api/team/paths',
  tags: ['Learning paths'],
  summary: 'Give your team a learning path',
  request: { body: jsonBody(teamPathInputSchema) },
  responses: { 201: jsonContent(adminPathSchema, 'Made'), ...bodyErrors },
});
