import * as z from 'zod/mini';
import { createdIdSchema, idSchema, okSchema } from '../schemas/common';
import {
  adminEvaluationListSchema,
  evaluationFilterSchema,
  evaluationInputSchema,
  evaluationResponseInputSchema,
  evaluationResultsSchema,
  evaluationTemplatesSchema,
  myEvaluationSchema,
  reactionCountsSchema,
  reactionInputSchema,
  remindersSentSchema,
} from '../schemas/evaluations';
import { defineContract, errorResponses, jsonBody, jsonContent } from './contract';

const idParams = z.object({ id: idSchema });

export const myEvaluationContract = defineContract({
  method: 'get',
  path: '/api/me/evaluation',
  tags: ['Evaluations'],
  summary: 'The evaluation card to show now, if any (at most one new evaluation per 30 days, across all evaluations); reading it changes nothing',
  responses: { 200: jsonContent(myEvaluationSchema, 'The card, or none') },
});

export const shownEvaluationContract = defineContract({
  method: 'post',
  path: '/api/me/evaluations/{id}/shown',
  tags: ['Evaluations'],
  summary: 'The card is on screen: from now the 30-day cap counts, and a reminder may reach you once; saying it twice changes nothing',
  request: { params: idParams },
  responses: { 200: jsonContent(okSchema, 'Recorded'), 404: errorResponses[404] },
});

export const respondEvaluationContract = defineContract({
  method: 'post',
  path: '/api/me/evaluations/{id}/responses',
  tags: ['Evaluations'],
  summary: 'Answer an evaluation; the answers are stored without you, with the day only',
  request: { params: idParams, body: jsonBody(evaluationResponseInputSchema) },
  responses: { 200: jsonContent(okSchema, 'Answered'), 404: errorResponses[404], 409: errorResponses[409], 422: errorResponses[422] },
});

export const dismissEvaluationContract = defineContract({
  method: 'post',
  path: '/api/me/evaluations/{id}/dismiss',
  tags: ['Evaluations'],
  summary: 'Not now: the card goes away (a reminder may bring it back once)',
  request: { params: idParams },
  responses: { 200: jsonContent(okSchema, 'Dismissed'), 404: errorResponses[404] },
});

export const adminEvaluationsContract = defineContract({
  method: 'get',
  path: '/api/admin/evaluations',
  tags: ['Evaluations'],
  summary: 'Evaluations with how many people they reached and how many answered',
  responses: { 200: jsonContent(adminEvaluationListSchema, 'Evaluations') },
});

export const createEvaluationContract = defineContract({
  method: 'post',
  path: '/api/admin/evaluations',
  tags: ['Evaluations'],
  summary: 'Build an evaluation: 1 to 10 questions (5 suggested) and its trigger',
  request: { body: jsonBody(evaluationInputSchema) },
  responses: { 201: jsonContent(createdIdSchema, 'Built') },
});

export const updateEvaluationContract = defineContract({
  method: 'put',
  path: '/api/admin/evaluations/{id}',
  tags: ['Evaluations'],
  summary: 'Change an evaluation (its questions only until someone answered), open or close it',
  request: { params: idParams, body: jsonBody(evaluationInputSchema) },
  responses: { 200: jsonContent(okSchema, 'Changed'), 404: errorResponses[404], 409: errorResponses[409] },
});

export const evaluationTemplatesContract = defineContract({
  method: 'get',
  path: '/api/admin/evaluation-templates',
  tags: ['Evaluations'],
  summary: 'Templates for the three topics (usability of the app, quality of the offer, tips), in both languages',
  responses: { 200: jsonContent(evaluationTemplatesSchema, 'Templates') },
});

export const evaluationResultsContract = defineContract({
  method: 'get',
  path: '/api/admin/evaluations/{id}/results',
  tags: ['Evaluations'],
  summary: 'Results per question under a filter: scores from 5 responses, comments from 10, for every filter',
  request: { params: idParams, query: evaluationFilterSchema },
  responses: { 200: jsonContent(evaluationResultsSchema, 'Results'), 404: errorResponses[404] },
});

export const evaluationResultsCsvContract = defineContract({
  method: 'get',
  path: '/api/admin/evaluations/{id}/results.csv',
  tags: ['Evaluations'],
  summary: 'The same results as CSV, safe against formula injection',
  request: { params: idParams, query: evaluationFilterSchema },
  responses: { 200: { description: 'text/csv' }, 404: errorResponses[404] },
});

export const remindEvaluationContract = defineContract({
  method: 'post',
  path: '/api/admin/evaluations/{id}/reminders',
  tags: ['Evaluations'],
  summary: 'Remind the people who were shown it and did not answer, once each',
  request: { params: idParams },
  responses: { 200: jsonContent(remindersSentSchema, 'Reminded'), 404: errorResponses[404], 409: errorResponses[409] },
});

export const reactToTrainingContract = defineContract({
  method: 'put',
  path: '/api/items/{id}/reaction',
  tags: ['Evaluations'],
  summary: 'Useful or not: a one-tap reaction at the end of a training (one per person, changeable)',
  request: { params: idParams, body: jsonBody(reactionInputSchema) },
  responses: { 200: jsonContent(okSchema, 'Saved'), 404: errorResponses[404] },
});

export const trainingReactionsContract = defineContract({
  method: 'get',
  path: '/api/admin/reactions',
  tags: ['Evaluations'],
  summary: 'Reactions per training, so L&D sees which ones work',
  responses: { 200: jsonContent(reactionCountsSchema, 'Reactions') },
});
