import * as z from 'zod/mini';
import { createRouter, defineRoute } from '../../http/api-route';
import { idSchema, okSchema } from '../../../shared/schemas/common';
import {
  adminItemListSchema,
  adminItemSchema,
  adminTeaserListSchema,
  adminTeaserSchema,
  itemInputSchema,
  sessionInputSchema,
  teaserInputSchema,
  teaserPatchSchema,
} from '../../../shared/schemas/authoring';
import type { AppDeps } from '../../http/app-env';
import { errorResponses, jsonBody, jsonContent } from '../../../shared/contracts/contract';
import { currentPerson, requireRole } from '../../http/access';
import { listAdminItems } from './item-authoring.repository';
import { addSession, createItem, deleteSession, getAdminItem, updateItem, updateSession } from './item-authoring.service';
import { listAdminTeasers } from './teaser-authoring.repository';
import { createTeaser, deleteTeaser, getAdminTeaser, updateTeaser } from './teaser-authoring.service';

const idParams = z.object({ id: idSchema });
const admin = [requireRole('admin')] as const;
const refused = { 401: errorResponses[401], 403: errorResponses[403] };
const writeErrors = { 400: errorResponses[400], ...refused, 404: errorResponses[404], 422: errorResponses[422] };
const base = { tags: ['Authoring'], middleware: admin };

const listTeasers = defineRoute({ ...base, method: 'get', path: '/api/admin/teasers', summary: 'All teasers, drafts and scheduled ones included', responses: { 200: jsonContent(adminTeaserListSchema, 'Teasers'), ...refused } });
const getTeaser = defineRoute({ ...base, method: 'get', path: '/api/admin/teasers/{id}', summary: 'One teaser', request: { params: idParams }, responses: { 200: jsonContent(adminTeaserSchema, 'The teaser'), ...writeErrors } });
const postTeaser = defineRoute({
  ...base,
  method: 'post',
  path: '/api/admin/teasers',
  summary: 'Write a teaser (a hook of at most 140 characters per language)',
  request: { body: jsonBody(teaserInputSchema) },
  responses: { 201: jsonContent(adminTeaserSchema, 'Created'), ...writeErrors },
});
const patchTeaser = defineRoute({
  ...base,
  method: 'patch',
  path: '/api/admin/teasers/{id}',
  summary: 'Change a teaser; publishedAt null unpublishes, a future date schedules',
  request: { params: idParams, body: jsonBody(teaserPatchSchema) },
  responses: { 200: jsonContent(adminTeaserSchema, 'Changed'), ...writeErrors },
});
const removeTeaser = defineRoute({ ...base, method: 'delete', path: '/api/admin/teasers/{id}', summary: 'Delete a teaser', request: { params: idParams }, responses: { 200: jsonContent(okSchema, 'Deleted'), ...writeErrors } });

const listItems = defineRoute({ ...base, method: 'get', path: '/api/admin/items', summary: 'All trainings, drafts included', responses: { 200: jsonContent(adminItemListSchema, 'Trainings'), ...refused } });
const getItem = defineRoute({ ...base, method: 'get', path: '/api/admin/items/{id}', summary: 'One training with its sessions, registrations and waiting lists', request: { params: idParams }, responses: { 200: jsonContent(adminItemSchema, 'The training'), ...writeErrors } });
const postItem = defineRoute({ ...base, method: 'post', path: '/api/admin/items', summary: 'Create a micro-, macro- or classroom training', request: { body: jsonBody(itemInputSchema) }, responses: { 201: jsonContent(adminItemSchema, 'Created'), ...writeErrors } });
const putItem = defineRoute({
  ...base,
  method: 'put',
  path: '/api/admin/items/{id}',
  summary: 'Replace a training (texts, cards, link, targeting, publish date)',
  request: { params: idParams, body: jsonBody(itemInputSchema) },
  responses: { 200: jsonContent(adminItemSchema, 'Changed'), ...writeErrors },
});
const postSession = defineRoute({
  ...base,
  method: 'post',
  path: '/api/admin/items/{id}/sessions',
  summary: 'Add a session to a classroom training',
  request: { params: idParams, body: jsonBody(sessionInputSchema) },
  responses: { 201: jsonContent(adminItemSchema, 'The training with the new session'), ...writeErrors },
});
const putSession = defineRoute({
  ...base,
  method: 'put',
  path: '/api/admin/sessions/{id}',
  summary: 'Change a session: time, place, seats',
  request: { params: idParams, body: jsonBody(sessionInputSchema) },
  responses: { 200: jsonContent(adminItemSchema, 'The training'), ...writeErrors },
});
const removeSession = defineRoute({ ...base, method: 'delete', path: '/api/admin/sessions/{id}', summary: 'Cancel a session', request: { params: idParams }, responses: { 200: jsonContent(adminItemSchema, 'The training'), ...writeErrors } });

export function authoringRoutes(deps: AppDeps) {
  const { db } = deps;
  return createRouter()
    .openapi(listTeasers, async (c) => c.json({ teasers: await listAdminTeasers(db) }, 200))
    .openapi(getTeaser, async (c) => c.json(await getAdminTeaser(db, c.req.valid('param').id), 200))
    .openapi(postTeaser, async (c) => c.json(await createTeaser(db, currentPerson(c), c.req.valid('json'), deps.clock()), 201))
    .openapi(patchTeaser, async (c) => c.json(await updateTeaser(db, currentPerson(c), c.req.valid('param').id, c.req.valid('json'), deps.clock()), 200))
    .openapi(removeTeaser, async (c) => {
      await deleteTeaser(db, currentPerson(c), c.req.valid('param').id, deps.clock());
      return c.json({ ok: true as const }, 200);
    })
    .openapi(listItems, async (c) => c.json({ items: await listAdminItems(db) }, 200))
    .openapi(getItem, async (c) => c.json(await getAdminItem(db, c.req.valid('param').id), 200))
    .openapi(postItem, async (c) => c.json(await createItem(db, currentPerson(c), c.req.valid('json'), deps.clock()), 201))
    .openapi(putItem, async (c) => c.json(await updateItem(db, currentPerson(c), c.req.valid('param').id, c.req.valid('json'), deps.clock()), 200))
    .openapi(postSession, async (c) => c.json(await addSession(db, currentPerson(c), c.req.valid('param').id, c.req.valid('json'), deps.clock()), 201))
    .openapi(putSession, async (c) => c.json(await updateSession(db, currentPerson(c), c.req.valid('param').id, c.req.valid('json'), deps.clock()), 200))
    .openapi(removeSession, async (c) => c.json(await deleteSession(db, currentPerson(c), c.req.valid('param').id, deps.clock()), 200));
}
