import * as z from 'zod/mini';
import { createdIdSchema, idSchema, languageSchema, okSchema } from '../schemas/common';
import { shortCodeSchema } from '../schemas/short-code';
import {
  adminStoryListSchema,
  myStoryListSchema,
  myStorySchema,
  sharedStorySchema,
  storyDeclineSchema,
  storyEditDecisionSchema,
  storyEditProposalSchema,
  storyInputSchema,
  storyListSchema,
  storyStartSchema,
} from '../schemas/stories';
import { defineContract, errorResponses, jsonBody, jsonContent } from './contract';

const idParams = z.object({ id: idSchema });
const codeParams = z.object({ code: shortCodeSchema });

export const storiesContract = defineContract({
  method: 'get',
  path: '/api/stories',
  tags: ['Stories'],
  summary: 'Approved success stories, newest first',
  responses: { 200: jsonContent(storyListSchema, 'Stories') },
});

export const sharedStoryContract = defineContract({
  method: 'get',
  path: '/api/s/{code}',
  tags: ['Stories'],
  summary: 'A story opened from its share link: whole for colleagues, its title only for someone signed out (who is led to join)',
  request: { params: codeParams, query: z.object({ lang: z._default(languageSchema, 'nl') }) },
  responses: { 200: jsonContent(sharedStorySchema, 'The story'), 404: errorResponses[404] },
});

export const viewStoryContract = defineContract({
  method: 'post',
  path: '/api/s/{code}/views',
  tags: ['Stories'],
  summary: 'Count one view of a story; nothing about who or which device',
  request: { params: codeParams },
  responses: { 200: jsonContent(okSchema, 'Counted'), 404: errorResponses[404] },
});

export const startStoryTrainingContract = defineContract({
  method: 'post',
  path: '/api/stories/{id}/starts',
  tags: ['Stories'],
  summary: '"I want to learn this too": counts the start for the story and names the training to open',
  request: { params: idParams },
  responses: { 200: jsonContent(storyStartSchema, 'The training'), 404: errorResponses[404] },
});

export const shareStoryContract = defineContract({
  method: 'post',
  path: '/api/stories/{id}/shares',
  tags: ['Stories'],
  summary: 'Count that a story was shared (who shared it is not kept)',
  request: { params: idParams },
  responses: { 200: jsonContent(okSchema, 'Counted'), 404: errorResponses[404] },
});

export const myStoriesContract = defineContract({
  method: 'get',
  path: '/api/me/stories',
  tags: ['Stories'],
  summary: 'Your stories and where each stands in moderation',
  responses: { 200: jsonContent(myStoryListSchema, 'Your stories') },
});

export const writeStoryContract = defineContract({
  method: 'post',
  path: '/api/me/stories',
  tags: ['Stories'],
  summary: 'Write a success story (at most 600 characters) about a training; L&D approves it before anyone sees it',
  request: { body: jsonBody(storyInputSchema) },
  responses: { 201: jsonContent(createdIdSchema, 'Sent to L&D'), 422: errorResponses[422] },
});

export const decideStoryEditContract = defineContract({
  method: 'post',
  path: '/api/me/stories/{id}/edit-decision',
  tags: ['Stories'],
  summary: "Agree to L&D's edit of your story (it is then published) or keep your own text",
  request: { params: idParams, body: jsonBody(storyEditDecisionSchema) },
  responses: { 200: jsonContent(myStorySchema, 'Decided'), 404: errorResponses[404], 409: errorResponses[409] },
});

export const withdrawStoryContract = defineContract({
  method: 'delete',
  path: '/api/me/stories/{id}',
  tags: ['Stories'],
  summary: 'Withdraw your story: gone everywhere at once, with its figures',
  request: { params: idParams },
  responses: { 200: jsonContent(okSchema, 'Withdrawn'), 404: errorResponses[404] },
});

export const adminStoriesContract = defineContract({
  method: 'get',
  path: '/api/admin/stories',
  tags: ['Stories'],
  summary: 'Every story for moderation, with its figures: views, shares, trainings started, people who joined through it',
  responses: { 200: jsonContent(adminStoryListSchema, 'Stories') },
});

export const approveStoryContract = defineContract({
  method: 'post',
  path: '/api/admin/stories/{id}/approve',
  tags: ['Stories'],
  summary: 'Approve a story: colleagues see it from now on',
  request: { params: idParams },
  responses: { 200: jsonContent(okSchema, 'Approved'), 404: errorResponses[404], 409: errorResponses[409] },
});

export const declineStoryContract = defineContract({
  method: 'post',
  path: '/api/admin/stories/{id}/decline',
  tags: ['Stories'],
  summary: 'Decline a story with a reason its author sees',
  request: { params: idParams, body: jsonBody(storyDeclineSchema) },
  responses: { 200: jsonContent(okSchema, 'Declined'), 404: errorResponses[404] },
});

export const proposeStoryEditContract = defineContract({
  method: 'post',
  path: '/api/admin/stories/{id}/edit',
  tags: ['Stories'],
  summary: 'Propose an edit; it is published only when the author agrees',
  request: { params: idParams, body: jsonBody(storyEditProposalSchema) },
  responses: { 200: jsonContent(okSchema, 'Proposed'), 404: errorResponses[404] },
});
