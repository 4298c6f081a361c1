import * as z from 'zod/mini';
import { idSchema, languageSchema } from '../schemas/common';
import { attachToCampaignSchema, campaignInputSchema, campaignListSchema, campaignSchema, publishCampaignSchema, shortCodeSchema } from '../schemas/campaigns';
import { kickoffSchema, rsvpInputSchema, rsvpSchema } from '../schemas/kickoff';
import { defineContract, errorResponses, jsonBody, jsonContent } from './contract';

const idParams = z.object({ id: idSchema });
const codeParams = z.object({ code: shortCodeSchema });
const writeErrors = { 404: errorResponses[404], 422: errorResponses[422] };

export const listCampaignsContract = defineContract({
  method: 'get',
  path: '/api/admin/campaigns',
  tags: ['Campaigns'],
  summary: 'Campaigns with posters and figures per poster',
  responses: { 200: jsonContent(campaignListSchema, 'Campaigns') },
});

export const getCampaignContract = defineContract({
  method: 'get',
  path: '/api/admin/campaigns/{id}',
  tags: ['Campaigns'],
  summary: 'One campaign with its posters and figures',
  request: { params: idParams },
  responses: { 200: jsonContent(campaignSchema, 'The campaign'), ...writeErrors },
});

export const createCampaignContract = defineContract({
  method: 'post',
  path: '/api/admin/campaigns',
  tags: ['Campaigns'],
  summary: 'Create a campaign: name, dates, target groups, promoted trainings, teasers and kick-off',
  request: { body: jsonBody(campaignInputSchema) },
  responses: { 201: jsonContent(campaignSchema, 'Created'), ...writeErrors },
});

export const replaceCampaignContract = defineContract({
  method: 'put',
  path: '/api/admin/campaigns/{id}',
  tags: ['Campaigns'],
  summary: 'Change a campaign; its teasers move with the kick-off moment',
  request: { params: idParams, body: jsonBody(campaignInputSchema) },
  responses: { 200: jsonContent(campaignSchema, 'Changed'), ...writeErrors },
});

export const publishCampaignContract = defineContract({
  method: 'post',
  path: '/api/admin/campaigns/{id}/publish',
  tags: ['Campaigns'],
  summary: 'Publish a campaign, with its draft teasers and trainings',
  description:
    'Its teasers are revealed at its kick-off; draft teasers and trainings it holds are published with it (at the kick-off, or now without one). ' +
    'What it still lacks (its gaps, other than draft trainings) is refused with 409 campaign_incomplete unless anyway is true.',
  request: { params: idParams, body: jsonBody(publishCampaignSchema) },
  responses: { 200: jsonContent(campaignSchema, 'Published'), ...writeErrors, 409: errorResponses[409] },
});

export const attachToCampaignContract = defineContract({
  method: 'post',
  path: '/api/admin/campaigns/{id}/attachments',
  tags: ['Campaigns'],
  summary: 'Add trainings and teasers to a campaign (a teaser leaves any other campaign); its teasers move to its kick-off',
  request: { params: idParams, body: jsonBody(attachToCampaignSchema) },
  responses: { 200: jsonContent(campaignSchema, 'The campaign with them'), ...writeErrors },
});

export const kickoffContract = defineContract({
  method: 'get',
  path: '/api/k/{code}',
  tags: ['Kick-off'],
  summary: 'The public kick-off page behind a poster (not counted as a scan)',
  request: { params: codeParams },
  responses: { 200: jsonContent(kickoffSchema, 'The kick-off'), 404: errorResponses[404] },
});

export const scanKickoffContract = defineContract({
  method: 'post',
  path: '/api/k/{code}/scans',
  tags: ['Kick-off'],
  summary: 'Count a scan of a poster and get its kick-off page; no cookie, nothing about the device',
  request: { params: codeParams },
  responses: { 200: jsonContent(kickoffSchema, 'The kick-off'), 404: errorResponses[404] },
});

export const kickoffIcsContract = defineContract({
  method: 'get',
  path: '/api/k/{code}/kickoff.ics',
  tags: ['Kick-off'],
  summary: 'The kick-off event as an iCalendar file (add to calendar)',
  request: { params: codeParams, query: z.object({ lang: z._default(languageSchema, 'nl') }) },
  responses: { 200: { description: 'text/calendar' }, 404: errorResponses[404], 422: errorResponses[422] },
});

export const myRsvpContract = defineContract({
  method: 'get',
  path: '/api/campaigns/{id}/rsvp',
  tags: ['Kick-off'],
  summary: 'Your answer to the kick-off invitation',
  request: { params: idParams },
  responses: { 200: jsonContent(rsvpSchema, 'Your answer, or null') },
});

export const answerRsvpContract = defineContract({
  method: 'put',
  path: '/api/campaigns/{id}/rsvp',
  tags: ['Kick-off'],
  summary: 'Say whether you come to the kick-off',
  request: { params: idParams, body: jsonBody(rsvpInputSchema) },
  responses: { 200: jsonContent(rsvpSchema, 'Your answer'), 404: errorResponses[404], 422: errorResponses[422] },
});
