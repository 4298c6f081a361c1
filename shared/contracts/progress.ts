import { progressSchema } from '../schemas/progress';
import { defineContract, errorResponses, jsonContent } from './contract';

export const progressContract = defineContract({
  method: 'get',
  path: '/api/progress',
  tags: ['Progress'],
  summary: 'Your points, streak and completed trainings',
  responses: { 200: jsonContent(progressSchema, 'Your progress'), 401: errorResponses[401] },
});
