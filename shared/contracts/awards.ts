import * as z from 'zod/mini';
import { idSchema } from '../schemas/common';
import { adminAwardListSchema, adminAwardSchema, awardSchema } from '../schemas/rewards';
import { defineContract, errorResponses, jsonContent } from './contract';

const idParams = z.object({ id: idSchema });

export const claimAwardContract = defineContract({
  method: 'post',
  path: '/api/awards/{id}/claim',
  tags: ['Rewards'],
  summary: 'Claim a prize you won',
  request: { params: idParams },
  responses: { 200: jsonContent(awardSchema, 'Claimed'), 404: errorResponses[404] },
});

export const listAwardsContract = defineContract({
  method: 'get',
  path: '/api/admin/awards',
  tags: ['Rewards'],
  summary: 'Every prize won, who won it, and whether it was claimed and handed over',
  responses: { 200: jsonContent(adminAwardListSchema, 'Awards') },
});

export const handOverAwardContract = defineContract({
  method: 'post',
  path: '/api/admin/awards/{id}/handed-over',
  tags: ['Rewards'],
  summary: 'Mark a claimed prize handed over',
  request: { params: idParams },
  responses: {
    200: jsonContent(adminAwardSchema, 'Handed over'),
    404: errorResponses[404],
    409: errorResponses[409],
  },
});
