import * as z from 'zod/mini';
import { createRouter, defineRoute } from '../../http/api-route';
import { idSchema } from '../../../shared/schemas/common';
import {
  adminRecognitionListSchema,
  adminRecognitionQuerySchema,
  createRecognitionSchema,
  myRecognitionListSchema,
  myRecognitionSchema,
  recognitionCandidatesSchema,
  shareRecognitionSchema,
  teamRoleModelsSchema,
} from '../../../shared/schemas/recognition';
import type { AppDeps } from '../../http/app-env';
import { errorResponses, jsonBody, jsonContent } from '../../../shared/contracts/contract';
import { currentPerson, requireRole } from '../../http/access';
import { listAllRecognitions, listRecognitionsOf, listSharedInTeam, listTeamOf } from './recognition.repository';
import { decideSharing, recognise, rowToMyRecognition } from './recognition.service';

const signedIn = [requireRole()] as const;

const candidatesRoute = defineRoute({
  method: 'get',
  path: '/api/recognitions/candidates',
  tags: ['Recognition'],
  summary: 'The people a manager may name as role models: their own team',
  middleware: [requireRole('manager')] as const,
  responses: { 200: jsonContent(recognitionCandidatesSchema, 'Your team'), 401: errorResponses[401], 403: errorResponses[403] },
});

const createRoute = defineRoute({
  method: 'post',
  path: '/api/recognitions',
  tags: ['Recognition'],
  summary: 'Name someone in your team as a role model, with a short message',
  middleware: [requireRole('manager')] as const,
  request: { body: jsonBody(createRecognitionSchema) },
  responses: {
    201: jsonContent(z.object({ id: idSchema }), 'Named'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    422: errorResponses[422],
  },
});

const mineRoute = defineRoute({
  method: 'get',
  path: '/api/me/recognitions',
  tags: ['Recognition'],
  summary: 'Times your manager named you a role model',
  middleware: signedIn,
  responses: { 200: jsonContent(myRecognitionListSchema, 'Your recognitions'), 401: errorResponses[401] },
});

const shareRoute = defineRoute({
  method: 'patch',
  path: '/api/me/recognitions/{id}',
  tags: ['Recognition'],
  summary: 'Decide whether your team may see a recognition',
  middleware: signedIn,
  request: { params: z.object({ id: idSchema }), body: jsonBody(shareRecognitionSchema) },
  responses: { 200: jsonContent(myRecognitionSchema, 'Decided'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404] },
});

const teamRoute = defineRoute({
  method: 'get',
  path: '/api/team/role-models',
  tags: ['Recognition'],
  summary: 'Role models in your team who chose to share it',
  middleware: signedIn,
  responses: { 200: jsonContent(teamRoleModelsSchema, 'Role models'), 401: errorResponses[401] },
});

const adminRoute = defineRoute({
  method: 'get',
  path: '/api/admin/recognitions',
  tags: ['Recognition'],
  summary: 'Role-model nominations, optionally for one campaign, for success stories',
  middleware: [requireRole('admin')] as const,
  request: { query: adminRecognitionQuerySchema },
  responses: { 200: jsonContent(adminRecognitionListSchema, 'Nominations'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403] },
});

export function recognitionRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(candidatesRoute, async (c) => c.json({ people: await listTeamOf(deps.db, currentPerson(c)) }, 200))
    .openapi(createRoute, async (c) => c.json(await recognise(deps.db, currentPerson(c), c.req.valid('json'), deps.clock()), 201))
    .openapi(mineRoute, async (c) => c.json({ recognitions: (await listRecognitionsOf(deps.db, currentPerson(c).id)).map(rowToMyRecognition) }, 200))
    .openapi(shareRoute, async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await decideSharing(deps.db, currentPerson(c), id, c.req.valid('json').shared, deps.clock()), 200);
    })
    .openapi(teamRoute, async (c) => {
      const teamId = currentPerson(c).team_id;
      const rows = teamId ? await listSharedInTeam(deps.db, teamId) : [];
      const roleModels = rows.map((r) => ({ id: r.id, personName: r.person_name, managerName: r.manager_name, message: r.message, createdAt: r.created_at }));
      return c.json({ roleModels }, 200);
    })
    .openapi(adminRoute, async (c) => {
      const rows = await listAllRecognitions(deps.db, c.req.valid('query').campaignId);
      const recognitions = rows.map((r) => ({
        id: r.id,
        personName: r.person_name,
        managerName: r.manager_name,
        message: r.message,
        campaignId: r.campaign_id,
        shared: r.share_with_team === 1,
        createdAt: r.created_at,
      }));
      return c.json({ recognitions }, 200);
    });
}
