import * as z from 'zod/mini';
import { idSchema } from '../schemas/common';
import { campaignSchema, posterInputSchema } from '../schemas/campaigns';
import { defineContract, errorResponses, jsonBody, jsonContent } from './contract';

const idParams = z.object({ id: idSchema });
const writeErrors = { 404: errorResponses[404] };

export const createPosterContract = defineContract({
  method: 'post',
  path: '/api/admin/campaigns/{id}/posters',
  tags: ['Posters'],
  summary: 'Add a poster for a placement, with its own short link and QR code',
  request: { params: idParams, body: jsonBody(posterInputSchema) },
  responses: { 201: jsonContent(campaignSchema, 'The campaign with the new poster'), ...writeErrors },
});

export const deletePosterContract = defineContract({
  method: 'delete',
  path: '/api/admin/posters/{id}',
  tags: ['Posters'],
  summary: 'Remove a poster (its short link stops working)',
  request: { params: idParams },
  responses: { 200: jsonContent(campaignSchema, 'The campaign'), ...writeErrors },
});

export const printPosterContract = defineContract({
  method: 'get',
  path: '/api/admin/posters/{id}/print',
  tags: ['Posters'],
  summary: 'The print-ready poster: PDF or SVG, A4 or A3',
  request: { params: idParams, query: z.object({ format: z._default(z.enum(['pdf', 'svg']), 'pdf'), size: z._default(z.enum(['a4', 'a3']), 'a4') }) },
  responses: { 200: { description: 'application/pdf or image/svg+xml' }, ...writeErrors },
});
