import * as z from 'zod/mini';
import { apiErrorSchema, idSchema, okSchema } from '../schemas/common';
import {
  PEOPLE_CSV_MAX_CHARS,
  createPersonSchema,
  importPeopleSchema,
  importReportSchema,
  inviteLinkSchema,
  meSchema,
  peopleListSchema,
  personSchema,
  updateMeSchema,
  updatePersonSchema,
} from '../schemas/people';
import { defineContract, errorResponses, jsonBody, jsonContent } from './contract';

const personIdParams = z.object({ id: idSchema });

export const getMeContract = defineContract({
  method: 'get',
  path: '/api/me',
  tags: ['Me'],
  summary: 'The signed-in person',
  responses: { 200: jsonContent(meSchema, 'You') },
});

export const updateMeContract = defineContract({
  method: 'patch',
  path: '/api/me',
  tags: ['Me'],
  summary: 'Change your name, language or time zone',
  request: { body: jsonBody(updateMeSchema) },
  responses: { 200: jsonContent(meSchema, 'Updated') },
});

export const deleteMeContract = defineContract({
  method: 'delete',
  path: '/api/me',
  tags: ['Me'],
  summary: 'Delete your account and everything Leerlust holds about you',
  responses: { 200: jsonContent(okSchema, 'Erased'), 409: errorResponses[409] },
});

export const listPeopleContract = defineContract({
  method: 'get',
  path: '/api/admin/people',
  tags: ['Admin'],
  summary: 'Everyone in the organisation',
  responses: { 200: jsonContent(peopleListSchema, 'People') },
});

export const createPersonContract = defineContract({
  method: 'post',
  path: '/api/admin/people',
  tags: ['Admin'],
  summary: 'Add a person',
  request: { body: jsonBody(createPersonSchema) },
  responses: {
    201: jsonContent(personSchema, 'Added'),
    409: errorResponses[409],
    422: errorResponses[422],
  },
});

export const invitePersonContract = defineContract({
  method: 'post',
  path: '/api/admin/people/{id}/invite',
  tags: ['Admin'],
  summary: 'A personal one-time invite link, also as a QR code (for people without a mailbox)',
  request: { params: personIdParams },
  responses: {
    201: jsonContent(inviteLinkSchema, 'Invite link'),
    404: errorResponses[404],
    409: errorResponses[409],
  },
});

export const updatePersonContract = defineContract({
  method: 'patch',
  path: '/api/admin/people/{id}',
  tags: ['Admin'],
  summary: "Change a person's details, or mark them as left (nothing is sent to them any more and they cannot sign in)",
  request: { params: personIdParams, body: jsonBody(updatePersonSchema) },
  responses: {
    200: jsonContent(personSchema, 'Changed'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
    409: errorResponses[409],
    422: errorResponses[422],
  },
});

export const importPeopleContract = defineContract({
  method: 'post',
  path: '/api/admin/people/import',
  tags: ['Admin'],
  summary: 'Check a people CSV row by row and import it (as `leerlust users import`)',
  description: 'Every row is checked before anything is written. With dryRun nothing is written; without skipInvalid one bad row stops the import.',
  // A character may take three bytes in UTF-8, and a line break two in JSON.
  bodyLimitBytes: PEOPLE_CSV_MAX_CHARS * 3 + 4096,
  request: { body: jsonBody(importPeopleSchema) },
  responses: {
    200: jsonContent(importReportSchema, 'What was found and done'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    409: errorResponses[409],
    413: jsonContent(apiErrorSchema, 'The file is larger than the workspace takes'),
    422: errorResponses[422],
  },
});
