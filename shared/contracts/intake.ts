import { okSchema } from '../schemas/common';
import { intakeAnswerSchema, intakeSummarySchema, myIntakeSchema } from '../schemas/intake';
import { defineContract, errorResponses, jsonBody, jsonContent } from './contract';

export const myIntakeContract = defineContract({
  method: 'get',
  path: '/api/me/intake',
  tags: ['Intake'],
  summary: 'Your intake answer, and whether it is time to ask (again)',
  responses: { 200: jsonContent(myIntakeSchema, 'Your intake'), 401: errorResponses[401] },
});

export const answerIntakeContract = defineContract({
  method: 'put',
  path: '/api/me/intake',
  tags: ['Intake'],
  summary: 'Answer (or change) your intake: up to two needs, your motivation, preferred form and moment',
  request: { body: jsonBody(intakeAnswerSchema) },
  responses: { 200: jsonContent(myIntakeSchema, 'Saved'), 400: errorResponses[400], 401: errorResponses[401] },
});

export const skipIntakeContract = defineContract({
  method: 'post',
  path: '/api/me/intake/skip',
  tags: ['Intake'],
  summary: 'Skip the intake for now; it is asked again after six months',
  responses: { 200: jsonContent(okSchema, 'Skipped'), 401: errorResponses[401] },
});

export const intakeSummaryContract = defineContract({
  method: 'get',
  path: '/api/admin/intake-summary',
  tags: ['Intake'],
  summary: 'What people need and why they learn, per department of at least 5 answers',
  responses: { 200: jsonContent(intakeSummarySchema, 'Aggregates'), 401: errorResponses[401], 403: errorResponses[403] },
});
