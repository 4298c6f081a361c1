import { apiErrorSchema } from '../schemas/common';
import { healthSchema } from '../schemas/health';
import { defineContract, jsonContent } from './contract';

export const healthContract = defineContract({
  method: 'get',
  path: '/api/health',
  tags: ['Operations'],
  summary: 'Liveness and database check, for load balancers',
  responses: {
    200: jsonContent(healthSchema, 'Serving, database reachable'),
    503: jsonContent(apiErrorSchema, 'Database unreachable'),
  },
});
