import * as z from 'zod/mini';
import { createdIdSchema, idSchema, okSchema } from '../schemas/common';
import {
  journeyFiguresSchema,
  journeyInputSchema,
  journeyListSchema,
  journeyPreviewSchema,
  journeySchema,
  journeyStatusInputSchema,
  testSendInputSchema,
} from '../schemas/journeys';
import { defineContract, errorResponses, jsonBody, jsonContent } from './contract';

const idParams = z.object({ id: idSchema });

export const listJourneysContract = defineContract({
  method: 'get',
  path: '/api/admin/journeys',
  tags: ['Journeys'],
  summary: 'Every drip journey',
  responses: { 200: jsonContent(journeyListSchema, 'The journeys') },
});

export const createJourneyContract = defineContract({
  method: 'post',
  path: '/api/admin/journeys',
  tags: ['Journeys'],
  summary: 'Create a journey (a draft): trigger, steps, goal, and who it is for (a saved target group, or departments, teams, roles, languages). A loop, a negative wait, a missing text, an unknown placeholder or a target group that does not exist is refused',
  request: { body: jsonBody(journeyInputSchema) },
  responses: { 201: jsonContent(createdIdSchema, 'Created'), 422: errorResponses[422] },
});

export const getJourneyContract = defineContract({
  method: 'get',
  path: '/api/admin/journeys/{id}',
  tags: ['Journeys'],
  summary: 'One journey',
  request: { params: idParams },
  responses: { 200: jsonContent(journeySchema, 'The journey'), 404: errorResponses[404] },
});

export const updateJourneyContract = defineContract({
  method: 'put',
  path: '/api/admin/journeys/{id}',
  tags: ['Journeys'],
  summary: 'Change a journey; people already in it go on from the step they are at',
  request: { params: idParams, body: jsonBody(journeyInputSchema) },
  responses: { 200: jsonContent(journeySchema, 'Changed'), 404: errorResponses[404], 422: errorResponses[422] },
});

export const setJourneyStatusContract = defineContract({
  method: 'post',
  path: '/api/admin/journeys/{id}/status',
  tags: ['Journeys'],
  summary: 'Start (active), pause or stop a journey; only an active one lets people in and sends',
  request: { params: idParams, body: jsonBody(journeyStatusInputSchema) },
  responses: { 200: jsonContent(journeySchema, 'Changed'), 404: errorResponses[404] },
});

export const previewJourneyContract = defineContract({
  method: 'get',
  path: '/api/admin/journeys/{id}/preview',
  tags: ['Journeys'],
  summary: "Every message in Dutch and English, filled in for you, and the timeline of what you as a sample person would receive when",
  request: { params: idParams },
  responses: { 200: jsonContent(journeyPreviewSchema, 'The preview'), 404: errorResponses[404] },
});

export const testSendJourneyContract = defineContract({
  method: 'post',
  path: '/api/admin/journeys/{id}/test-send',
  tags: ['Journeys'],
  summary: 'Send one step, in one language, to yourself (outside the budget and the figures)',
  request: { params: idParams, body: jsonBody(testSendInputSchema) },
  responses: { 200: jsonContent(okSchema, 'Sent'), 404: errorResponses[404], 422: errorResponses[422] },
});

export const journeyFiguresContract = defineContract({
  method: 'get',
  path: '/api/admin/journeys/{id}/figures',
  tags: ['Journeys'],
  summary: 'Entered, sent per channel, delivered, bounced, clicked, unsubscribed, goal reached and exited, per journey and step',
  request: { params: idParams },
  responses: { 200: jsonContent(journeyFiguresSchema, 'The figures'), 404: errorResponses[404] },
});

export const journeyClickContract = defineContract({
  method: 'get',
  path: '/api/j/{code}',
  tags: ['Journeys'],
  summary: "A journey message's short link: counts the click (no pixel, nothing stored about the device) and redirects to what it links to",
  request: { params: z.object({ code: z.string().check(z.regex(/^[A-Za-z0-9_-]{12}$/)) }) },
  responses: { 302: { description: 'To the linked item (or the app)' } },
});

export const unsubscribeContract = defineContract({
  method: 'post',
  path: '/api/unsubscribe/{topic}/{token}',
  tags: ['Mail preferences'],
  summary: 'One-click unsubscribe from one mail topic (RFC 8058: a POST unsubscribes, nothing else does); mandatory training cannot be switched off',
  request: { params: z.object({ topic: z.enum(['journeys', 'team-email', 'reminders', 'mandatory-training']), token: z.string().check(z.regex(/^[A-Za-z0-9_-]{20,64}$/)) }) },
  responses: { 200: jsonContent(okSchema, 'Unsubscribed'), 404: errorResponses[404], 422: errorResponses[422] },
});
