import * as z from 'zod/mini';
import { idSchema, okSchema } from '../schemas/common';
import { roleSchema } from '../schemas/people';
import {
  adminStrategySchema,
  driverListSchema,
  goalInputSchema,
  goalSchema,
  myGoalInputSchema,
  myGoalUpdateSchema,
  myWiifmSchema,
  putDriversSchema,
  putRoleCompetenciesSchema,
  putWiifmSchema,
  roleExpectationSchema,
  whyWeLearnSchema,
  wiifmCellSchema,
  wiifmQuerySchema,
} from '../schemas/strategy';
import { defineContract, errorResponses, jsonBody, jsonContent } from './contract';

const adminErrors = { 401: errorResponses[401], 403: errorResponses[403] } as const;
const bodyErrors = { 400: errorResponses[400], ...adminErrors, 422: errorResponses[422] } as const;
const byId = z.object({ id: idSchema });

export const adminStrategyContract = defineContract({
  method: 'get',
  path: '/api/admin/strategy',
  tags: ['Strategy'],
  summary: 'The learning strategy: drivers, goals, WIIFM cells (empty ones for groups with people), what to expect per role, completeness',
  responses: { 200: jsonContent(adminStrategySchema, 'The strategy'), ...adminErrors },
});

export const putDriversContract = defineContract({
  method: 'put',
  path: '/api/admin/strategy/drivers',
  tags: ['Strategy'],
  summary: "Replace the organisation's drivers for learning, in order",
  request: { body: jsonBody(putDriversSchema) },
  responses: { 200: jsonContent(driverListSchema, 'Saved'), ...bodyErrors },
});

export const createGoalContract = defineContract({
  method: 'post',
  path: '/api/admin/goals',
  tags: ['Strategy'],
  summary: 'Add an organisation or department goal',
  request: { body: jsonBody(goalInputSchema) },
  responses: { 201: jsonContent(goalSchema, 'Added'), ...bodyErrors },
});

export const updateGoalContract = defineContract({
  method: 'put',
  path: '/api/admin/goals/{id}',
  tags: ['Strategy'],
  summary: 'Change an organisation or department goal',
  request: { params: byId, body: jsonBody(goalInputSchema) },
  responses: { 200: jsonContent(goalSchema, 'Changed'), ...bodyErrors, 404: errorResponses[404] },
});

export const deleteGoalContract = defineContract({
  method: 'delete',
  path: '/api/admin/goals/{id}',
  tags: ['Strategy'],
  summary: 'Remove an organisation or department goal; goals that served it stand on their own',
  request: { params: byId },
  responses: { 200: jsonContent(okSchema, 'Removed'), 400: errorResponses[400], ...adminErrors, 404: errorResponses[404] },
});

export const putWiifmContract = defineContract({
  method: 'put',
  path: '/api/admin/wiifm',
  tags: ['Strategy'],
  summary: "Write one target group's \"what's in it for me\" for one need, in both languages (at most 280 characters each)",
  request: { body: jsonBody(putWiifmSchema) },
  responses: { 200: jsonContent(wiifmCellSchema, 'Saved'), ...bodyErrors },
});

export const putRoleCompetenciesContract = defineContract({
  method: 'put',
  path: '/api/admin/roles/{role}/competencies',
  tags: ['Strategy'],
  summary: 'The competencies that matter for a role, in the job and on the labour market',
  request: { params: z.object({ role: roleSchema }), body: jsonBody(putRoleCompetenciesSchema) },
  responses: { 200: jsonContent(roleExpectationSchema, 'Saved'), ...bodyErrors },
});

export const whyWeLearnContract = defineContract({
  method: 'get',
  path: '/api/why-we-learn',
  tags: ['Strategy'],
  summary: "Why we learn, top-down: the organisation's drivers and goals, your department's goals, your own goals, and what to expect in your role",
  responses: { 200: jsonContent(whyWeLearnSchema, 'Why we learn'), 401: errorResponses[401] },
});

export const myWiifmContract = defineContract({
  method: 'get',
  path: '/api/me/wiifm',
  tags: ['Strategy'],
  summary: "What's in it for you: the messages for your target groups and needs (for a campaign: only if it targets you)",
  request: { query: wiifmQuerySchema },
  responses: { 200: jsonContent(myWiifmSchema, 'Messages'), 400: errorResponses[400], 401: errorResponses[401] },
});

export const createMyGoalContract = defineContract({
  method: 'post',
  path: '/api/me/goals',
  tags: ['Strategy'],
  summary: 'Set yourself a goal, optionally serving an organisation or department goal',
  request: { body: jsonBody(myGoalInputSchema) },
  responses: { 201: jsonContent(goalSchema, 'Set'), 400: errorResponses[400], 401: errorResponses[401], 422: errorResponses[422] },
});

export const updateMyGoalContract = defineContract({
  method: 'patch',
  path: '/api/me/goals/{id}',
  tags: ['Strategy'],
  summary: 'Change your goal or mark it reached',
  request: { params: byId, body: jsonBody(myGoalUpdateSchema) },
  responses: { 200: jsonContent(goalSchema, 'Changed'), 400: errorResponses[400], 401: errorResponses[401], 404: errorResponses[404], 422: errorResponses[422] },
});

export const deleteMyGoalContract = defineContract({
  method: 'delete',
  path: '/api/me/goals/{id}',
  tags: ['Strategy'],
  summary: 'Remove your goal',
  request: { params: byId },
  responses: { 200: jsonContent(okSchema, 'Removed'), 400: errorResponses[400], 401: errorResponses[401], 404: errorResponses[404] },
});
