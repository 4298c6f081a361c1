import { pointValuesSchema, pointValuesUpdateSchema } from '../schemas/points';
import { defineContract, jsonBody, jsonContent } from './contract';

export const pointValuesContract = defineContract({
  method: 'get',
  path: '/api/admin/point-values',
  tags: ['Admin'],
  summary: 'Points each activity earns',
  responses: { 200: jsonContent(pointValuesSchema, 'Point values') },
});

export const updatePointValuesContract = defineContract({
  method: 'patch',
  path: '/api/admin/point-values',
  tags: ['Admin'],
  summary: 'Change what activities earn from now on (points already earned stay)',
  request: { body: jsonBody(pointValuesUpdateSchema) },
  responses: {
    200: jsonContent(pointValuesSchema, 'Point values'),
  },
});
