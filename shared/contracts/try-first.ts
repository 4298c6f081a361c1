import * as z from 'zod/mini';
import { idSchema, languageSchema } from '../schemas/common';
import { shortCodeSchema } from '../schemas/short-code';
import { claimResultSchema, claimTriedSchema, triedTrainingSchema } from '../schemas/try-first';
import { defineContract, errorResponses, jsonBody, jsonContent } from './contract';

export const tryTrainingContract = defineContract({
  method: 'post',
  path: '/api/k/{code}/tries/{itemId}',
  tags: ['Kick-off'],
  summary: 'Open a training that the kick-off offers to try, without an account; answers its cards and a try pass',
  description: 'The pass holds nothing about the visitor: the training, the poster and the moment. Keep it with the progress on the phone.',
  request: { params: z.object({ code: shortCodeSchema, itemId: idSchema }), query: z.object({ lang: z._default(languageSchema, 'nl') }) },
  responses: { 201: jsonContent(triedTrainingSchema, 'The training and its pass'), 400: errorResponses[400], 404: errorResponses[404] },
});

export const claimTriedContract = defineContract({
  method: 'post',
  path: '/api/me/tried-progress',
  tags: ['Progress'],
  summary: 'Credit what you did in a training tried before joining, exactly once',
  description:
    'Answers per event: applied, duplicate (already credited to you) or rejected with a reason: unknown_pass, claimed_by_other, ' +
    'outside_pass, or one of the reasons of POST /api/events (too_old, in_future, id_conflict…).',
  request: { body: jsonBody(claimTriedSchema) },
  responses: {
    200: jsonContent(claimResultSchema, 'Per-event results and your progress'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
  },
});
