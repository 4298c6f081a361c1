import * as z from 'zod/mini';
import { createdIdSchema, idSchema, okSchema } from '../schemas/common';
import {
  ambassadorCandidatesSchema,
  ambassadorDraftInputSchema,
  ambassadorDraftListSchema,
  ambassadorSettingsSchema,
  ideaInputSchema,
  ideaListSchema,
  ideaSchema,
  ideaStatusChangeSchema,
  myAmbassadorSchema,
} from '../schemas/ideas';
import { defineContract, errorResponses, jsonBody, jsonContent } from './contract';

const idParams = z.object({ id: idSchema });

export const ideasContract = defineContract({
  method: 'get',
  path: '/api/ideas',
  tags: ['Ideas'],
  summary: 'The idea box: ideas with their status, answer and number of supporters (ambassadors see new ideas first)',
  responses: { 200: jsonContent(ideaListSchema, 'Ideas') },
});

export const suggestIdeaContract = defineContract({
  method: 'post',
  path: '/api/ideas',
  tags: ['Ideas'],
  summary: 'Suggest a learning activity or an improvement (at most 500 characters)',
  request: { body: jsonBody(ideaInputSchema) },
  responses: { 201: jsonContent(createdIdSchema, 'Suggested') },
});

export const supportIdeaContract = defineContract({
  method: 'post',
  path: '/api/ideas/{id}/votes',
  tags: ['Ideas'],
  summary: 'Support an idea: one vote per person',
  request: { params: idParams },
  responses: { 200: jsonContent(ideaSchema, 'Supported'), 404: errorResponses[404], 409: errorResponses[409] },
});

export const withdrawSupportContract = defineContract({
  method: 'delete',
  path: '/api/ideas/{id}/votes',
  tags: ['Ideas'],
  summary: 'Withdraw your support',
  request: { params: idParams },
  responses: { 200: jsonContent(ideaSchema, 'Withdrawn'), 404: errorResponses[404] },
});

export const adminIdeasContract = defineContract({
  method: 'get',
  path: '/api/admin/ideas',
  tags: ['Ideas'],
  summary: 'Every idea, with its supporters counted',
  responses: { 200: jsonContent(ideaListSchema, 'Ideas') },
});

export const setIdeaStatusContract = defineContract({
  method: 'patch',
  path: '/api/admin/ideas/{id}',
  tags: ['Ideas'],
  summary: 'Set an idea’s status with a short answer; its author and supporters are told in their inbox, once',
  request: { params: idParams, body: jsonBody(ideaStatusChangeSchema) },
  responses: { 200: jsonContent(ideaSchema, 'Set'), 404: errorResponses[404] },
});

export const myAmbassadorContract = defineContract({
  method: 'get',
  path: '/api/me/ambassador',
  tags: ['Ambassadors'],
  summary: 'Whether you may be considered as an ambassador, are invited, or are one',
  responses: { 200: jsonContent(myAmbassadorSchema, 'Your ambassador role') },
});

export const ambassadorSettingsContract = defineContract({
  method: 'patch',
  path: '/api/me/ambassador',
  tags: ['Ambassadors'],
  summary: 'Opt in to being considered, and whether your badge and authorship are shown',
  request: { body: jsonBody(ambassadorSettingsSchema) },
  responses: { 200: jsonContent(myAmbassadorSchema, 'Saved') },
});

export const acceptAmbassadorContract = defineContract({
  method: 'post',
  path: '/api/me/ambassador/accept',
  tags: ['Ambassadors'],
  summary: 'Accept L&D’s invitation to be an ambassador',
  responses: { 200: jsonContent(myAmbassadorSchema, 'Accepted'), 409: errorResponses[409] },
});

export const leaveAmbassadorContract = defineContract({
  method: 'delete',
  path: '/api/me/ambassador',
  tags: ['Ambassadors'],
  summary: 'Leave the ambassador role (one tap); you are no longer considered either',
  responses: { 200: jsonContent(myAmbassadorSchema, 'Left') },
});

export const ambassadorCandidatesContract = defineContract({
  method: 'get',
  path: '/api/admin/ambassadors',
  tags: ['Ambassadors'],
  summary: 'The most active people among those who opted in to being considered or to the leaderboard, and current ambassadors',
  responses: { 200: jsonContent(ambassadorCandidatesSchema, 'Candidates') },
});

export const inviteAmbassadorContract = defineContract({
  method: 'post',
  path: '/api/admin/ambassadors/{id}/invite',
  tags: ['Ambassadors'],
  summary: 'Invite a candidate to be an ambassador (a message in their inbox)',
  request: { params: idParams },
  responses: { 200: jsonContent(okSchema, 'Invited'), 404: errorResponses[404] },
});

export const draftByAmbassadorContract = defineContract({
  method: 'post',
  path: '/api/ambassador/drafts',
  tags: ['Ambassadors'],
  summary: 'An ambassador drafts a teaser or micro-training for L&D to review and publish',
  request: { body: jsonBody(ambassadorDraftInputSchema) },
  responses: { 201: jsonContent(createdIdSchema, 'Sent to L&D'), 403: errorResponses[403] },
});

export const ambassadorDraftsContract = defineContract({
  method: 'get',
  path: '/api/admin/ambassador-drafts',
  tags: ['Ambassadors'],
  summary: 'Drafts by ambassadors, to review',
  responses: { 200: jsonContent(ambassadorDraftListSchema, 'Drafts') },
});

export const reviewAmbassadorDraftContract = defineContract({
  method: 'post',
  path: '/api/admin/ambassador-drafts/{id}/reviewed',
  tags: ['Ambassadors'],
  summary: 'Mark an ambassador’s draft as reviewed',
  request: { params: idParams },
  responses: { 200: jsonContent(okSchema, 'Reviewed'), 404: errorResponses[404] },
});
