import * as z from 'zod/mini';
import { idSchema } from '../schemas/common';
import { channelInputSchema, channelMixSchema } from '../schemas/channels';
import { defineContract, errorResponses, jsonBody, jsonContent } from './contract';

const idParams = z.object({ id: idSchema });
const tags = ['Channels'];

export const channelMixContract = defineContract({
  method: 'get',
  path: '/api/admin/campaigns/{id}/channels',
  tags,
  summary: "A campaign's channel mix: per target group the suggested and chosen channels, with reach and sign-ups per channel",
  request: { params: idParams },
  responses: { 200: jsonContent(channelMixSchema, 'The channel mix'), 404: errorResponses[404] },
});

export const addChannelContract = defineContract({
  method: 'post',
  path: '/api/admin/campaigns/{id}/channels',
  tags,
  summary: 'Choose a channel for a target group (or the whole audience): it gets its own short link',
  request: { params: idParams, body: jsonBody(channelInputSchema) },
  responses: { 201: jsonContent(channelMixSchema, 'The channel mix with the new channel'), 404: errorResponses[404], 409: errorResponses[409], 422: errorResponses[422] },
});

export const removeChannelContract = defineContract({
  method: 'delete',
  path: '/api/admin/channels/{id}',
  tags,
  summary: 'Drop a channel (its short link stops working)',
  request: { params: idParams },
  responses: { 200: jsonContent(channelMixSchema, 'The channel mix'), 404: errorResponses[404] },
});

export const printHandoutContract = defineContract({
  method: 'get',
  path: '/api/admin/channels/{id}/handout',
  tags,
  summary: "A team-meeting channel's slide (16:9) or handout (A4) with the invite QR, as PDF",
  request: { params: idParams, query: z.object({ size: z._default(z.enum(['slide', 'a4']), 'slide') }) },
  responses: { 200: { description: 'application/pdf' }, 404: errorResponses[404], 422: errorResponses[422] },
});
