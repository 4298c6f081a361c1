import * as z from 'zod/mini';
import { idSchema } from '../schemas/common';
import { classroomSessionSchema, learningItemSchema } from '../schemas/learning';
import { defineContract, errorResponses, jsonContent } from './contract';

const idParams = z.object({ id: idSchema });

export const learningItemContract = defineContract({
  method: 'get',
  path: '/api/items/{id}',
  tags: ['Learning offer'],
  summary: 'A training: micro-training cards, macro-training link and progress, or classroom sessions',
  request: { params: idParams },
  responses: {
    200: jsonContent(learningItemSchema, 'The training'),
    404: errorResponses[404],
  },
});

const registrationErrors = { 404: errorResponses[404], 409: errorResponses[409] };

export const registerForSessionContract = defineContract({
  method: 'post',
  path: '/api/sessions/{id}/registration',
  tags: ['Learning offer'],
  summary: 'Register for a classroom session (or join its waiting list when full)',
  request: { params: idParams },
  responses: { 200: jsonContent(classroomSessionSchema, 'The session with your place in it'), ...registrationErrors },
});

export const unregisterFromSessionContract = defineContract({
  method: 'delete',
  path: '/api/sessions/{id}/registration',
  tags: ['Learning offer'],
  summary: 'Give up your seat or waiting-list place; the first person waiting moves up',
  request: { params: idParams },
  responses: { 200: jsonContent(classroomSessionSchema, 'The session with your place in it'), ...registrationErrors },
});
