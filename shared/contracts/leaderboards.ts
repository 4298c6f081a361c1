import { leaderboardOptInSchema, leaderboardQuerySchema, leaderboardSchema } from '../schemas/leaderboards';
import { defineContract, jsonBody, jsonContent } from './contract';

export const leaderboardContract = defineContract({
  method: 'get',
  path: '/api/leaderboards',
  tags: ['Leaderboards'],
  summary: 'A month’s boards: teams and departments (groups of 5 or more), and people who chose to appear by name',
  request: { query: leaderboardQuerySchema },
  responses: { 200: jsonContent(leaderboardSchema, 'The boards') },
});

export const leaderboardOptInContract = defineContract({
  method: 'put',
  path: '/api/me/leaderboard',
  tags: ['Me'],
  summary: 'Appear by name on the individual board, or stop appearing (takes effect at once)',
  request: { body: jsonBody(leaderboardOptInSchema) },
  responses: { 200: jsonContent(leaderboardOptInSchema, 'Your choice') },
});
