import * as z from 'zod/mini';
import { createdIdSchema, idSchema } from '../schemas/common';
import {
  adminRecognitionListSchema,
  adminRecognitionQuerySchema,
  createRecognitionSchema,
  myRecognitionListSchema,
  myRecognitionSchema,
  recognitionCandidatesSchema,
  shareRecognitionSchema,
  teamRoleModelsSchema,
} from '../schemas/recognition';
import { defineContract, errorResponses, jsonBody, jsonContent } from './contract';

export const recognitionCandidatesContract = defineContract({
  method: 'get',
  path: '/api/recognitions/candidates',
  tags: ['Recognition'],
  summary: 'The people a manager may name as role models: their own team',
  responses: { 200: jsonContent(recognitionCandidatesSchema, 'Your team'), 401: errorResponses[401], 403: errorResponses[403] },
});

export const createRecognitionContract = defineContract({
  method: 'post',
  path: '/api/recognitions',
  tags: ['Recognition'],
  summary: 'Name someone in your team as a role model, with a short message',
  request: { body: jsonBody(createRecognitionSchema) },
  responses: {
    201: jsonContent(createdIdSchema, 'Named'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    422: errorResponses[422],
  },
});

export const myRecognitionsContract = defineContract({
  method: 'get',
  path: '/api/me/recognitions',
  tags: ['Recognition'],
  summary: 'Times your manager named you a role model',
  responses: { 200: jsonContent(myRecognitionListSchema, 'Your recognitions'), 401: errorResponses[401] },
});

export const shareRecognitionContract = defineContract({
  method: 'patch',
  path: '/api/me/recognitions/{id}',
  tags: ['Recognition'],
  summary: 'Decide whether your team may see a recognition',
  request: { params: z.object({ id: idSchema }), body: jsonBody(shareRecognitionSchema) },
  responses: { 200: jsonContent(myRecognitionSchema, 'Decided'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404] },
});

export const teamRoleModelsContract = defineContract({
  method: 'get',
  path: '/api/team/role-models',
  tags: ['Recognition'],
  summary: 'Role models in your team who chose to share it',
  responses: { 200: jsonContent(teamRoleModelsSchema, 'Role models'), 401: errorResponses[401] },
});

export const adminRecognitionsContract = defineContract({
  method: 'get',
  path: '/api/admin/recognitions',
  tags: ['Recognition'],
  summary: 'Role-model nominations, optionally for one campaign, for success stories',
  request: { query: adminRecognitionQuerySchema },
  responses: { 200: jsonContent(adminRecognitionListSchema, 'Nominations'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403] },
});
