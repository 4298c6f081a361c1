import * as z from 'zod/mini';
import { apiSchemas } from '../../shared/schemas/registry';
import type { RegisteredRoute } from './api-route';
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

/**
 * A schema as JSON Schema, with named (registered) schemas as $refs to the
 * document's components. Requests are described as they are accepted
 * (input), answers as they are sent (output).
 */
function toJsonSchema(schema: z.ZodMiniType, io: 'input' | 'output'): JsonSchema {
  const id = apiSchemas.get(schema)?.id;
  if (id) return { $ref: `${COMPONENTS}${id}` };
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io, metadata: apiSchemas, unrepresentable: 'any' }) as JsonSchema;
  delete json.$schema;
  delete json.$defs;
  return JSON.parse(JSON.stringify(json).replaceAll('"#/$defs/', `"${COMPONENTS}`)) as JsonSchema;
}

function components(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(apiSchemas, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any', uri: (id) => `${COMPONENTS}${id}` });
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

/** The OpenAPI 3.1 document of every mounted route. */
export function buildOpenApiDocument(routes: readonly RegisteredRoute[], info: OpenApiDocument['info']): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  for (const { spec } of routes) {
    const body = spec.request?.body?.content['application/json'].schema;
    const roles = accessOf(spec.middleware);
    const responses: Record<string, OpenApiResponse> = Object.fromEntries(
      Object.entries(spec.responses).map(([status, response]) => [
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
