import { describe, expect, it } from 'vitest';
import type { OpenApiDocument } from '../../server/http/openapi-document';
import { conformanceOf } from '../helpers/answer-conformance';

const doc: OpenApiDocument = {
  openapi: '3.1.0',
  info: { title: 't', version: '1', description: 'd' },
  paths: {
    '/api/things/{id}': {
      get: {
        operationId: 'getThing',
        tags: ['T'],
        summary: 's',
        parameters: [],
        responses: {
          200: { description: 'The thing', content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } },
          404: { description: 'None' },
        },
      },
    },
    '/api/things/special': { get: { operationId: 'special', tags: ['T'], summary: 's', parameters: [], responses: { 204: { description: 'Nothing' } } } },
  },
  components: { schemas: { Thing: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] } } },
};

describe('holding answers against the OpenAPI document', () => {
  const conformance = conformanceOf(doc);
  const body = (value: unknown) => async () => value;

  it('accepts a documented status with a body of its schema, and any path the document does not describe', async () => {
    expect(await conformance.check('GET', '/api/things/1', 200, body({ name: 'x' }))).toBeNull();
    expect(await conformance.check('GET', '/api/things/1?x=1', 404, body({}))).toBeNull();
    expect(await conformance.check('GET', '/api/things/special', 204, body(null))).toBeNull();
    expect(await conformance.check('POST', '/api/things/1', 500, body(null))).toBeNull();
  });

  it('names an undocumented status and a body that breaks its schema', async () => {
    expect(await conformance.check('GET', '/api/things/1', 413, body({}))).toMatch(/GET \/api\/things\/\{id\} answered 413, which it does not document/);
    expect(await conformance.check('GET', '/api/things/1', 200, body({ name: 3 }))).toMatch(/does not match its documented schema/);
    expect(await conformance.check('GET', '/api/things/special', 200, body({}))).toMatch(/answered 200/);
  });
});
