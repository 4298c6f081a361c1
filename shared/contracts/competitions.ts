import * as z from 'zod/mini';
import { idSchema } from '../schemas/common';
import { competitionListSchema, competitionSchema, createCompetitionSchema, myRewardsSchema, publishedDrawSchema } from '../schemas/rewards';
import { defineContract, errorResponses, jsonBody, jsonContent } from './contract';

const idParams = z.object({ id: idSchema });

export const myRewardsContract = defineContract({
  method: 'get',
  path: '/api/rewards',
  tags: ['Rewards'],
  summary: 'Running competitions, your standing or tickets in each, what you can win and what you have won',
  responses: { 200: jsonContent(myRewardsSchema, 'Your rewards') },
});

export const publishedDrawContract = defineContract({
  method: 'get',
  path: '/api/competitions/{id}/draw',
  tags: ['Rewards'],
  summary: 'A raffle’s published draw: the commitment, and after the draw the seed, the pseudonymous ticket list and the winners’ codes',
  request: { params: idParams },
  responses: { 200: jsonContent(publishedDrawSchema, 'The published draw'), 404: errorResponses[404] },
});

export const listCompetitionsContract = defineContract({
  method: 'get',
  path: '/api/admin/competitions',
  tags: ['Rewards'],
  summary: 'All competitions',
  responses: { 200: jsonContent(competitionListSchema, 'Competitions') },
});

export const createCompetitionContract = defineContract({
  method: 'post',
  path: '/api/admin/competitions',
  tags: ['Rewards'],
  summary: 'Open a competition: top learners, a raffle (its seed commitment is published at once) or a milestone',
  request: { body: jsonBody(createCompetitionSchema) },
  responses: { 201: jsonContent(competitionSchema, 'Opened'), 422: errorResponses[422] },
});

export const settleCompetitionContract = defineContract({
  method: 'post',
  path: '/api/admin/competitions/{id}/settle',
  tags: ['Rewards'],
  summary: 'Fix the top learners or draw the raffle, after the period ended (also happens on the first look afterwards)',
  request: { params: idParams },
  responses: { 200: jsonContent(competitionSchema, 'Settled'), 404: errorResponses[404], 409: errorResponses[409] },
});
