import * as z from 'zod/mini';
import { idSchema, okSchema } from '../schemas/common';
import { createPersonSchema, inviteLinkSchema, meSchema, peopleListSchema, personSchema, updateMeSchema } from '../schemas/people';
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
  },
});
