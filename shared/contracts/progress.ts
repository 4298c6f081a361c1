import { progressSchema } from '../schemas/progress';
import { defineContract, jsonContent } from './contract';

export const progressContract = defineContract({
  method: 'get',
  path: '/api/progress',
  tags: ['Progress'],
  summary: 'Your points, streak and completed trainings',
  responses: { 200: jsonContent(progressSchema, 'Your progress') },
});
