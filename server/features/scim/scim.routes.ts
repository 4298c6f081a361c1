import { Hono, type Context } from 'hono';
import type { AppDeps, AppEnv } from '../../http/app-env';
import { AppError } from '../../http/app-error';
import { limitBodySize } from '../../http/body-size';
import { scimGroupSchema, scimListQuerySchema, scimPatchSchema, scimUserSchema } from '../../../shared/schemas/scim';
import type * as z from 'zod/mini';
import { ScimError, scimErrorResponse, scimJson } from './scim-error';
import { resourceTypes, schemaDefinitions, serviceProviderConfig } from './scim-discovery';
import { createGroup, deleteGroup, getGroup, listGroups, patchGroup, replaceGroup } from './scim-groups.service';
import { authenticateScim } from './scim-tokens.service';
import { createUser, deleteUser, getUser, listUsers, patchUser, replaceUser, type Provisioner, type ScimDeps } from './scim-users.service';

/*
 * The SCIM 2.0 service provider at /scim/v2 (RFC 7644). It is a protocol of
 * its own beside the app's API: a bearer token per organisation instead of
 * a session (so no CSRF), the RFC's error format and media type, and its
 * own discovery (ServiceProviderConfig, Schemas, ResourceTypes) in place of
 * the OpenAPI document.
 */

export const SCIM_BASE_PATH = '/scim/v2';

type ScimEnv = { Variables: AppEnv['Variables'] & { provisioner: Provisioner } };

const SCIM_BODY_LIMIT = 256 * 1024;

export function scimRoutes(deps: AppDeps): Hono<ScimEnv> {
  const app = new Hono<ScimEnv>();
  const baseUrl = `${deps.config.publicUrl}${SCIM_BASE_PATH}`;
  const scimDeps = (c: Context<ScimEnv>): ScimDeps => ({ db: deps.db, baseUrl, now: deps.clock(), provisioner: c.get('provisioner') });

  app.use('*', limitBodySize(SCIM_BODY_LIMIT));
  app.use('*', async (c, next) => {
    const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    const token = bearer ? await authenticateScim(deps.db, bearer, deps.clock()) : undefined;
    if (!token) {
      c.header('WWW-Authenticate', 'Bearer realm="Leerlust SCIM"');
      throw new ScimError(401, 'A valid bearer token is required; an admin mints one in the Leerlust workspace');
    }
    c.set('provisioner', { tokenId: token.id, actorId: token.created_by });
    await next();
  });

  app.get('/ServiceProviderConfig', (c) => scimJson(c, serviceProviderConfig(baseUrl)));
  app.get('/ResourceTypes', (c) => scimJson(c, listOf(resourceTypes(baseUrl))));
  app.get('/Schemas', (c) => scimJson(c, schemaDefinitions(baseUrl)));

  app.get('/Users', async (c) => scimJson(c, await listUsers(scimDeps(c), query(c))));
  app.post('/Users', async (c) => scimJson(c, await createUser(scimDeps(c), await body(c, scimUserSchema)), 201));
  app.get('/Users/:id', async (c) => scimJson(c, await getUser(scimDeps(c), c.req.param('id'), query(c))));
  app.put('/Users/:id', async (c) => scimJson(c, await replaceUser(scimDeps(c), c.req.param('id'), await body(c, scimUserSchema))));
  app.patch('/Users/:id', async (c) => scimJson(c, await patchUser(scimDeps(c), c.req.param('id'), await body(c, scimPatchSchema))));
  app.delete('/Users/:id', async (c) => {
    await deleteUser(scimDeps(c), c.req.param('id'));
    return c.body(null, 204);
  });

  app.get('/Groups', async (c) => scimJson(c, await listGroups(scimDeps(c), query(c))));
  app.post('/Groups', async (c) => scimJson(c, await createGroup(scimDeps(c), await body(c, scimGroupSchema)), 201));
  app.get('/Groups/:id', async (c) => scimJson(c, await getGroup(scimDeps(c), c.req.param('id'), query(c))));
  app.put('/Groups/:id', async (c) => scimJson(c, await replaceGroup(scimDeps(c), c.req.param('id'), await body(c, scimGroupSchema))));
  // Entra ID and Okta expect 204 to a group PATCH (the members list may be long).
  app.patch('/Groups/:id', async (c) => {
    await patchGroup(scimDeps(c), c.req.param('id'), await body(c, scimPatchSchema));
    return c.body(null, 204);
  });
  app.delete('/Groups/:id', async (c) => {
    await deleteGroup(scimDeps(c), c.req.param('id'));
    return c.body(null, 204);
  });

  // Matched last: any other path under /scim/v2 is the RFC's 404, not the app's page.
  app.all('*', (c) => scimErrorResponse(c, new ScimError(404, `No SCIM endpoint ${c.req.method} ${c.req.path}`)));
  app.onError((error, c) => {
    if (error instanceof ScimError) return scimErrorResponse(c, error);
    if (error instanceof AppError) return scimErrorResponse(c, new ScimError(error.status === 409 ? 409 : 400, error.message, error.status === 409 ? 'uniqueness' : 'invalidValue'));
    deps.log.error('SCIM request failed', { method: c.req.method, path: c.req.path, error: error instanceof Error ? error.stack : String(error) });
    return scimErrorResponse(c, new ScimError(500, 'Something went wrong on our side'));
  });
  return app;
}

function listOf<T>(resources: T[]) {
  return { schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: resources.length, startIndex: 1, itemsPerPage: resources.length, Resources: resources };
}

function query(c: Context<ScimEnv>) {
  const parsed = scimListQuerySchema.safeParse(c.req.query());
  if (!parsed.success) throw new ScimError(400, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '), 'invalidFilter');
  return parsed.data;
}

/** The JSON body, checked against its schema; anything else is the RFC's invalidSyntax or invalidValue, never a 500. */
async function body<S extends z.ZodMiniType>(c: Context<ScimEnv>, schema: S): Promise<z.output<S>> {
  if (!/^application\/(scim\+)?json\b/i.test(c.req.header('content-type') ?? '')) {
    throw new ScimError(415, 'Send the body as application/scim+json');
  }
  let json: unknown;
  try {
    json = await c.req.json();
  } catch {
    throw new ScimError(400, 'The body is not valid JSON', 'invalidSyntax');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ScimError(400, parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; '), 'invalidValue');
  return parsed.data as z.output<S>;
}
