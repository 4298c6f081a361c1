import { pointValuesSchema, pointValuesUpdateSchema } from '../schemas/points';
import { defineContract, errorResponses, jsonBody, jsonContent } from './contract';

export const pointValuesContract = defineContract({
  method: 'get',
  path: '/api/admin/point-values',
  tags: ['Admin'],
  summary: 'Points each activity earns',
  responses: { 200: jsonContent(pointValuesSchema, 'Point values'), 401: errorResponses[401], 403: errorResponses[403] },
});

export const updatePointValuesContract = defineContract({
  method: 'patch',
  path: '/api/admin/point-values',
  tags: ['Admin'],
  summary: 'Change what activities earn from now on (points already earned stay)',
  request: { body: jsonBody(pointValuesUpdateSchema) },
  responses: {
    200: jsonContent(pointValuesSchema, 'Point values'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
  },
});
