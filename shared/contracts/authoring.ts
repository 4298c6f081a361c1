import * as z from 'zod/mini';
import { idSchema, okSchema } from '../schemas/common';
import { adoptedDraftSchema } from '../schemas/ideas';
import {
  adminItemListSchema,
  adminItemSchema,
  adminTeaserListSchema,
  adminTeaserSchema,
  itemInputSchema,
  sessionInputSchema,
  teaserInputSchema,
  teaserPatchSchema,
} from '../schemas/authoring';
import { defineContract, errorResponses, jsonBody, jsonContent } from './contract';

const idParams = z.object({ id: idSchema });
const writeErrors = { 404: errorResponses[404], 422: errorResponses[422] };
const tags = ['Authoring'];

export const listTeasersContract = defineContract({
  method: 'get',
  path: '/api/admin/teasers',
  tags,
  summary: 'All teasers, drafts and scheduled ones included',
  responses: { 200: jsonContent(adminTeaserListSchema, 'Teasers') },
});

export const getTeaserContract = defineContract({
  method: 'get',
  path: '/api/admin/teasers/{id}',
  tags,
  summary: 'One teaser',
  request: { params: idParams },
  responses: { 200: jsonContent(adminTeaserSchema, 'The teaser'), ...writeErrors },
});

export const createTeaserContract = defineContract({
  method: 'post',
  path: '/api/admin/teasers',
  tags,
  summary: 'Write a teaser (a hook of at most 140 characters per language)',
  request: { body: jsonBody(teaserInputSchema) },
  responses: { 201: jsonContent(adminTeaserSchema, 'Created'), ...writeErrors },
});

export const updateTeaserContract = defineContract({
  method: 'patch',
  path: '/api/admin/teasers/{id}',
  tags,
  summary: 'Change a teaser; publishedAt null unpublishes, a future date schedules',
  request: { params: idParams, body: jsonBody(teaserPatchSchema) },
  responses: { 200: jsonContent(adminTeaserSchema, 'Changed'), ...writeErrors },
});

export const deleteTeaserContract = defineContract({
  method: 'delete',
  path: '/api/admin/teasers/{id}',
  tags,
  summary: 'Delete a teaser',
  request: { params: idParams },
  responses: { 200: jsonContent(okSchema, 'Deleted'), ...writeErrors },
});

export const listItemsContract = defineContract({
  method: 'get',
  path: '/api/admin/items',
  tags,
  summary: 'All trainings, drafts included',
  responses: { 200: jsonContent(adminItemListSchema, 'Trainings') },
});

export const getItemContract = defineContract({
  method: 'get',
  path: '/api/admin/items/{id}',
  tags,
  summary: 'One training with its sessions, registrations and waiting lists',
  request: { params: idParams },
  responses: { 200: jsonContent(adminItemSchema, 'The training'), ...writeErrors },
});

export const createItemContract = defineContract({
  method: 'post',
  path: '/api/admin/items',
  tags,
  summary: 'Create a micro-, macro- or classroom training',
  request: { body: jsonBody(itemInputSchema) },
  responses: { 201: jsonContent(adminItemSchema, 'Created'), ...writeErrors },
});

export const replaceItemContract = defineContract({
  method: 'put',
  path: '/api/admin/items/{id}',
  tags,
  summary: 'Replace a training (texts, cards, link, targeting, publish date)',
  request: { params: idParams, body: jsonBody(itemInputSchema) },
  responses: { 200: jsonContent(adminItemSchema, 'Changed'), ...writeErrors },
});

export const addSessionContract = defineContract({
  method: 'post',
  path: '/api/admin/items/{id}/sessions',
  tags,
  summary: 'Add a session to a classroom training',
  request: { params: idParams, body: jsonBody(sessionInputSchema) },
  responses: { 201: jsonContent(adminItemSchema, 'The training with the new session'), ...writeErrors },
});

export const updateSessionContract = defineContract({
  method: 'put',
  path: '/api/admin/sessions/{id}',
  tags,
  summary: 'Change a session: time, place, seats',
  request: { params: idParams, body: jsonBody(sessionInputSchema) },
  responses: { 200: jsonContent(adminItemSchema, 'The training'), ...writeErrors },
});

export const cancelSessionContract = defineContract({
  method: 'delete',
  path: '/api/admin/sessions/{id}',
  tags,
  summary: 'Cancel a session',
  request: { params: idParams },
  responses: { 200: jsonContent(adminItemSchema, 'The training'), ...writeErrors },
});

export const adoptAmbassadorDraftContract = defineContract({
  method: 'post',
  path: '/api/admin/ambassador-drafts/{id}/adopt',
  tags,
  summary: 'Turn an ambassador’s draft into an unpublished teaser or micro-training to edit and publish; asked again, it answers the same one',
  request: { params: z.object({ id: idSchema }) },
  responses: { 200: jsonContent(adoptedDraftSchema, 'The teaser or training made of it'), 404: errorResponses[404], 409: errorResponses[409] },
});
