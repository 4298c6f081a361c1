import * as z from 'zod/mini';
import { idSchema } from '../schemas/common';
import { campaignPlanSchema, funnelQuerySchema, funnelSchema, teamFunnelSchema } from '../schemas/insights';
import { defineContract, errorResponses, jsonContent } from './contract';

const idParams = z.object({ id: idSchema });

export const campaignPlanContract = defineContract({
  method: 'get',
  path: '/api/admin/campaigns/{id}/plan',
  tags: ['Insights'],
  summary: "A campaign's planner: Inform, Activate and Retain, each a checklist computed from the real data",
  description: 'Each point is done, open (with what is missing and where it is fixed) or not available (the part that would tell is not built yet).',
  request: { params: idParams },
  responses: { 200: jsonContent(campaignPlanSchema, 'The plan'), 404: errorResponses[404] },
});

export const campaignFunnelContract = defineContract({
  method: 'get',
  path: '/api/admin/campaigns/{id}/funnel',
  tags: ['Insights'],
  summary: "A campaign's funnel, from reaching people to a learning habit, by channel, department, week or training",
  description:
    'From the rollups the scheduler keeps current. Every figure behind which fewer than 5 people stand is null, and so is any figure that would give one back (complementary suppression); no one is listed. ' +
    'A range ending before it starts or spanning more than two years is refused (422).',
  request: { params: idParams, query: funnelQuerySchema },
  responses: { 200: jsonContent(funnelSchema, 'The funnel'), 404: errorResponses[404], 422: errorResponses[422] },
});

export const teamFunnelContract = defineContract({
  method: 'get',
  path: '/api/team/funnel',
  tags: ['Managers'],
  summary: "Your own team's funnel stages, in aggregate (figures under 5 people withheld)",
  responses: { 200: jsonContent(teamFunnelSchema, 'Your team') },
});
