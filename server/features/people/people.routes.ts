import * as z from 'zod/mini';
import { createRouter, defineRoute } from '../../http/api-route';
import QRCode from 'qrcode';
import { idSchema, okSchema } from '../../../shared/schemas/common';
import { createPersonSchema, inviteLinkSchema, meSchema, peopleListSchema, personSchema, updateMeSchema } from '../../../shared/schemas/people';
import type { AppDeps } from '../../http/app-env';
import { errorResponses, jsonBody, jsonContent } from '../../http/responses';
import { createInviteLink } from '../auth/auth.service';
import { clearSessionCookies, currentPerson, requireRole } from '../auth/session.middleware';
import { listPeople, rowToMe, rowToPerson } from './people.repository';
import { createPerson, erasePerson, updateOwnProfile } from './people.service';

const personIdParams = z.object({ id: idSchema });

const getMeRoute = defineRoute({
  method: 'get',
  path: '/api/me',
  tags: ['Me'],
  summary: 'The signed-in person',
  middleware: [requireRole()] as const,
  responses: { 200: jsonContent(meSchema, 'You'), 401: errorResponses[401] },
});

const updateMeRoute = defineRoute({
  method: 'patch',
  path: '/api/me',
  tags: ['Me'],
  summary: 'Change your name, language or time zone',
  middleware: [requireRole()] as const,
  request: { body: jsonBody(updateMeSchema) },
  responses: { 200: jsonContent(meSchema, 'Updated'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403] },
});

const deleteMeRoute = defineRoute({
  method: 'delete',
  path: '/api/me',
  tags: ['Me'],
  summary: 'Delete your account and everything Leerlust holds about you',
  middleware: [requireRole()] as const,
  responses: { 200: jsonContent(okSchema, 'Erased'), 401: errorResponses[401], 403: errorResponses[403], 409: errorResponses[409] },
});

const listPeopleRoute = defineRoute({
  method: 'get',
  path: '/api/admin/people',
  tags: ['Admin'],
  summary: 'Everyone in the organisation',
  middleware: [requireRole('admin')] as const,
  responses: { 200: jsonContent(peopleListSchema, 'People'), 401: errorResponses[401], 403: errorResponses[403] },
});

const createPersonRoute = defineRoute({
  method: 'post',
  path: '/api/admin/people',
  tags: ['Admin'],
  summary: 'Add a person',
  middleware: [requireRole('admin')] as const,
  request: { body: jsonBody(createPersonSchema) },
  responses: {
    201: jsonContent(personSchema, 'Added'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    409: errorResponses[409],
    422: errorResponses[422],
  },
});

const inviteRoute = defineRoute({
  method: 'post',
  path: '/api/admin/people/{id}/invite',
  tags: ['Admin'],
  summary: 'A personal one-time invite link, also as a QR code (for people without a mailbox)',
  middleware: [requireRole('admin')] as const,
  request: { params: personIdParams },
  responses: {
    201: jsonContent(inviteLinkSchema, 'Invite link'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
  },
});

export function peopleRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(getMeRoute, (c) => c.json(rowToMe(currentPerson(c)), 200))
    .openapi(updateMeRoute, async (c) => {
      const updated = await updateOwnProfile(deps.db, currentPerson(c).id, c.req.valid('json'));
      return c.json(rowToMe(updated), 200);
    })
    .openapi(deleteMeRoute, async (c) => {
      await erasePerson(deps.db, currentPerson(c).id);
      clearSessionCookies(c);
      return c.json({ ok: true as const }, 200);
    })
    .openapi(listPeopleRoute, async (c) => c.json({ people: (await listPeople(deps.db)).map(rowToPerson) }, 200))
    .openapi(createPersonRoute, async (c) => {
      const person = await createPerson(deps.db, c.req.valid('json'), deps.clock());
      return c.json(rowToPerson(person), 201);
    })
    .openapi(inviteRoute, async (c) => {
      const invite = await createInviteLink(deps, c.req.valid('param').id);
      const qrSvg = await QRCode.toString(invite.url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
      return c.json({ ...invite, qrSvg }, 201);
    });
}
