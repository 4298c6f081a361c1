import * as z from 'zod/mini';
import { createRouter, defineRoute } from '../../http/api-route';
import { idSchema, languageSchema } from '../../../shared/schemas/common';
import { campaignInputSchema, campaignListSchema, campaignSchema, shortCodeSchema } from '../../../shared/schemas/campaigns';
import { kickoffSchema, rsvpInputSchema, rsvpSchema } from '../../../shared/schemas/kickoff';
import type { AppDeps } from '../../http/app-env';
import { AppError } from '../../http/app-error';
import { errorResponses, jsonBody, jsonContent } from '../../../shared/contracts/contract';
import { currentPerson, requireRole } from '../../http/access';
import { posterUrl } from '../posters/short-code';
import { createCampaign, getCampaign, listCampaigns, updateCampaign } from './campaigns.service';
import { kickoffIcs } from './kickoff-ics';
import { answerRsvp, kickoffByCode, rsvpOf } from './kickoff.service';

const idParams = z.object({ id: idSchema });
const codeParams = z.object({ code: shortCodeSchema });
const admin = { tags: ['Campaigns'], middleware: [requireRole('admin')] as const };
const refused = { 401: errorResponses[401], 403: errorResponses[403] };
const writeErrors = { 400: errorResponses[400], ...refused, 404: errorResponses[404], 422: errorResponses[422] };

const listRoute = defineRoute({ ...admin, method: 'get', path: '/api/admin/campaigns', summary: 'Campaigns with posters and figures per poster', responses: { 200: jsonContent(campaignListSchema, 'Campaigns'), ...refused } });
const getRoute = defineRoute({ ...admin, method: 'get', path: '/api/admin/campaigns/{id}', summary: 'One campaign with its posters and figures', request: { params: idParams }, responses: { 200: jsonContent(campaignSchema, 'The campaign'), ...writeErrors } });
const postRoute = defineRoute({
  ...admin,
  method: 'post',
  path: '/api/admin/campaigns',
  summary: 'Create a campaign: name, dates, target groups, promoted trainings, teasers and kick-off',
  request: { body: jsonBody(campaignInputSchema) },
  responses: { 201: jsonContent(campaignSchema, 'Created'), ...writeErrors },
});
const putRoute = defineRoute({
  ...admin,
  method: 'put',
  path: '/api/admin/campaigns/{id}',
  summary: 'Change a campaign; its teasers move with the kick-off moment',
  request: { params: idParams, body: jsonBody(campaignInputSchema) },
  responses: { 200: jsonContent(campaignSchema, 'Changed'), ...writeErrors },
});

const publicBase = { tags: ['Kick-off'] };
const kickoffRoute = defineRoute({
  ...publicBase,
  method: 'get',
  path: '/api/k/{code}',
  summary: 'The public kick-off page behind a poster (not counted as a scan)',
  request: { params: codeParams },
  responses: { 200: jsonContent(kickoffSchema, 'The kick-off'), 400: errorResponses[400], 404: errorResponses[404] },
});
const scanRoute = defineRoute({
  ...publicBase,
  method: 'post',
  path: '/api/k/{code}/scans',
  summary: 'Count a scan of a poster and get its kick-off page; no cookie, nothing about the device',
  request: { params: codeParams },
  responses: { 200: jsonContent(kickoffSchema, 'The kick-off'), 400: errorResponses[400], 404: errorResponses[404] },
});
const icsRoute = defineRoute({
  ...publicBase,
  method: 'get',
  path: '/api/k/{code}/kickoff.ics',
  summary: 'The kick-off event as an iCalendar file (add to calendar)',
  request: { params: codeParams, query: z.object({ lang: z._default(languageSchema, 'nl') }) },
  responses: { 200: { description: 'text/calendar' }, 400: errorResponses[400], 404: errorResponses[404], 422: errorResponses[422] },
});
const signedIn = { tags: ['Kick-off'], middleware: [requireRole()] as const };
const getRsvpRoute = defineRoute({ ...signedIn, method: 'get', path: '/api/campaigns/{id}/rsvp', summary: 'Your answer to the kick-off invitation', request: { params: idParams }, responses: { 200: jsonContent(rsvpSchema, 'Your answer, or null'), 400: errorResponses[400], 401: errorResponses[401] } });
const putRsvpRoute = defineRoute({
  ...signedIn,
  method: 'put',
  path: '/api/campaigns/{id}/rsvp',
  summary: 'Say whether you come to the kick-off',
  request: { params: idParams, body: jsonBody(rsvpInputSchema) },
  responses: { 200: jsonContent(rsvpSchema, 'Your answer'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404], 422: errorResponses[422] },
});

export function campaignRoutes(deps: AppDeps) {
  const { db, config } = deps;
  return createRouter()
    .openapi(listRoute, async (c) => c.json({ campaigns: await listCampaigns(db, config.publicUrl) }, 200))
    .openapi(getRoute, async (c) => c.json(await getCampaign(db, config.publicUrl, c.req.valid('param').id), 200))
    .openapi(postRoute, async (c) => c.json(await createCampaign(db, config.publicUrl, currentPerson(c), c.req.valid('json'), deps.clock()), 201))
    .openapi(putRoute, async (c) => c.json(await updateCampaign(db, config.publicUrl, currentPerson(c), c.req.valid('param').id, c.req.valid('json'), deps.clock()), 200))
    .openapi(kickoffRoute, async (c) => c.json(await kickoffByCode(db, c.req.valid('param').code, deps.clock(), { countScan: false }), 200))
    .openapi(scanRoute, async (c) => c.json(await kickoffByCode(db, c.req.valid('param').code, deps.clock(), { countScan: true }), 200))
    .openapi(icsRoute, async (c) => {
      const now = deps.clock();
      const kickoff = await kickoffByCode(db, c.req.valid('param').code, now, { countScan: false });
      const { kickoffAt } = kickoff;
      if (!kickoffAt) throw new AppError(422, 'no_kickoff', 'This campaign has no kick-off moment yet');
      const ics = kickoffIcs({ ...kickoff, kickoffAt }, c.req.valid('query').lang, posterUrl(config.publicUrl, kickoff.code), now);
      return c.body(ics, 200, { 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': 'attachment; filename="kickoff.ics"' });
    })
    .openapi(getRsvpRoute, async (c) => c.json({ answer: await rsvpOf(db, c.req.valid('param').id, currentPerson(c)) }, 200))
    .openapi(putRsvpRoute, async (c) =>
      c.json({ answer: await answerRsvp(db, c.req.valid('param').id, currentPerson(c), c.req.valid('json').answer, deps.clock()) }, 200),
    );
}
