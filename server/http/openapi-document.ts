import * as z from 'zod/mini';
import { apiSchemas, documentedRules } from '../../shared/schemas/registry';
import { errorResponses, type JsonContent } from '../../shared/contracts/contract';
import type { RegisteredRoute, RouteSpec } from './api-route';
import { accessOf } from './access';
import { API_BODY_LIMIT_BYTES } from './body-size';

export type JsonSchema = Record<string, unknown>;
const COMPONENTS = '#/components/schemas/';

export const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface OpenApiResponse {
  description: string;
  content?: { 'application/json': { schema: JsonSchema } };
}

export interface OpenApiOperation {
  operationId: string;
  tags: string[];
  summary: string;
  description?: string;
  parameters: JsonSchema[];
  requestBody?: { required: boolean; content: { 'application/json': { schema: JsonSchema } } };
  responses: Record<string, OpenApiResponse>;
  /** The largest request body the operation accepts, in bytes. */
  'x-max-body-bytes'?: number;
  /** Who may call it, from its middleware: absent when no session is needed, empty for anyone signed in. */
  'x-roles'?: readonly string[];
}

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  paths: Record<string, Partial<Record<HttpMethod, OpenApiOperation>>>;
  components: { schemas: Record<string, JsonSchema> };
}

/** Adds the keywords a schema's refinements enforce (shared/schemas/registry.ts: documentRule). */
function withDocumentedRules(ctx: { zodSchema: unknown; jsonSchema: JsonSchema }): void {
  const rule = documentedRules.get(ctx.zodSchema as z.ZodMiniType);
  if (rule) Object.assign(ctx.jsonSchema, rule.keywords());
}

/**
 * A schema as JSON Schema, with named (registered) schemas as $refs to the
 * document's components. Requests are described as they are accepted
 * (input), answers as they are sent (output).
 */
function toJsonSchema(schema: z.ZodMiniType, io: 'input' | 'output'): JsonSchema {
  const id = apiSchemas.get(schema)?.id;
  if (id) return { $ref: `${COMPONENTS}${id}` };
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io, metadata: apiSchemas, unrepresentable: 'any', override: withDocumentedRules }) as JsonSchema;
  delete json.$schema;
  delete json.$defs;
  return JSON.parse(JSON.stringify(json).replaceAll('"#/$defs/', `"${COMPONENTS}`)) as JsonSchema;
}

function components(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(apiSchemas, {
    target: 'draft-2020-12',
    io: 'output',
    unrepresentable: 'any',
    uri: (id) => `${COMPONENTS}${id}`,
    override: withDocumentedRules,
  });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _s, $id: _i, ...rest } = schema as JsonSchema;
      return [id, rest];
    }),
  );
}

function parameters(schema: z.ZodMiniType | undefined, location: 'path' | 'query'): JsonSchema[] {
  if (!schema) return [];
  const json = toJsonSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: location,
    required: location === 'path' || (json.required ?? []).includes(name),
    schema: property,
  }));
}

/**
 * The answers the route layer gives before a handler runs, so no contract
 * has to list them (see app.ts and mountRoutes): 400 for input that fails
 * its schema, 401 and 403 from the access check, 403 from the CSRF check
 * and 413 from the size limit on every state-changing request, and 415 for
 * a JSON body sent as anything else.
 */
function layerResponses(spec: RouteSpec): Partial<Record<keyof typeof errorResponses, JsonContent>> {
  const roles = accessOf(spec.middleware);
  const writes = spec.method !== 'get';
  const request = spec.request ?? {};
  const forbidden = [roles?.length ? 'Signed in, but not allowed' : null, writes ? 'From another site, or without the session’s CSRF token' : null].filter(Boolean);
  return {
    ...((request.params || request.query || request.body) && { 400: errorResponses[400] }),
    ...(roles && { 401: errorResponses[401] }),
    ...(forbidden.length > 0 && { 403: { ...errorResponses[403], description: forbidden.join('; ') } }),
    ...(writes && { 413: errorResponses[413] }),
    ...(request.body && { 415: errorResponses[415] }),
  };
}

/** The contract's answers and the route layer's; where both give one status, both reasons. */
function withLayerResponses(spec: RouteSpec): RouteSpec['responses'] {
  const merged: RouteSpec['responses'] = { ...spec.responses };
  for (const [key, layer] of Object.entries(layerResponses(spec))) {
    const status = Number(key) as keyof RouteSpec['responses'];
    const own = merged[status];
    const description = own && !layer.description.includes(own.description) ? `${layer.description}; ${own.description}` : layer.description;
    merged[status] = { ...layer, description };
  }
  return merged;
}

/** The OpenAPI 3.1 document of every mounted route. */
export function buildOpenApiDocument(routes: readonly RegisteredRoute[], info: OpenApiDocument['info']): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  for (const { spec } of routes) {
    const body = spec.request?.body?.content['application/json'].schema;
    const roles = accessOf(spec.middleware);
    const responses: Record<string, OpenApiResponse> = Object.fromEntries(
      Object.entries(withLayerResponses(spec))
        .sort(([a], [b]) => Number(a) - Number(b))
        .map(([status, response]) => [
        status,
        response && 'content' in response
          ? { description: response.description, content: { 'application/json': { schema: toJsonSchema(response.content['application/json'].schema, 'output') } } }
          : { description: response?.description ?? '' },
      ]),
    );
    paths[spec.path] = {
      ...paths[spec.path],
      [spec.method]: {
        operationId: `${spec.method}${spec.path.replace(/[^A-Za-z0-9]+(\w)?/g, (_m, ch: string | undefined) => (ch ?? '').toUpperCase())}`,
        tags: spec.tags,
        summary: spec.summary,
        ...(spec.description && { description: spec.description }),
        parameters: [...parameters(spec.request?.params, 'path'), ...parameters(spec.request?.query, 'query')],
        ...(body && { requestBody: { required: true, content: { 'application/json': { schema: toJsonSchema(body, 'input') } } } }),
        ...(spec.method !== 'get' && { 'x-max-body-bytes': spec.bodyLimitBytes ?? API_BODY_LIMIT_BYTES }),
        ...(roles && { 'x-roles': roles }),
        responses,
      },
    };
  }
  return { openapi: '3.1.0', info, paths, components: { schemas: components() } };
}
