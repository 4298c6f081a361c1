import * as z from 'zod/mini';
import { idSchema } from '../schemas/common';
import { createPrizeSchema, prizeListSchema, prizeSchema, updatePrizeSchema } from '../schemas/rewards';
import { defineContract, errorResponses, jsonBody, jsonContent } from './contract';


export const listPrizesContract = defineContract({
  method: 'get',
  path: '/api/admin/prizes',
  tags: ['Rewards'],
  summary: 'The prize catalogue',
  responses: { 200: jsonContent(prizeListSchema, 'Prizes') },
});

export const createPrizeContract = defineContract({
  method: 'post',
  path: '/api/admin/prizes',
  tags: ['Rewards'],
  summary: 'Add a prize (voucher, clothing, a personal training…) with its stock',
  request: { body: jsonBody(createPrizeSchema) },
  responses: { 201: jsonContent(prizeSchema, 'Added') },
});

export const updatePrizeContract = defineContract({
  method: 'patch',
  path: '/api/admin/prizes/{id}',
  tags: ['Rewards'],
  summary: 'Change a prize or its stock',
  request: { params: z.object({ id: idSchema }), body: jsonBody(updatePrizeSchema) },
  responses: { 200: jsonContent(prizeSchema, 'Changed'), 404: errorResponses[404] },
});
