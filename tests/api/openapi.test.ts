import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { healthSchema } from '../../shared/schemas/health';
import packageJson from '../../package.json' with { type: 'json' };
import { testDatabases } from '../helpers/databases';
import { fetchOpenApiDocument, listOperations, type OpenApiDocument, type Operation } from '../helpers/openapi';
import { createTestContext, type TestContext } from '../helpers/test-app';

/** Routes that serve the documentation itself, and so are not in it. */
const DOCUMENTATION_ROUTES = ['GET /api/openapi.json', 'GET /api/docs', 'GET /api/docs.css'];

type SchemaObject = { $ref?: string; type?: unknown; additionalProperties?: unknown };

/** A schema with its `$ref` (if any) looked up in the document's components. */
function resolve(doc: OpenApiDocument, schema: SchemaObject | undefined): SchemaObject | undefined {
  const name = schema?.$ref?.replace('#/components/schemas/', '');
  return name ? (doc.components?.schemas?.[name] as SchemaObject | undefined) : schema;
}

describe.each(testDatabases())('OpenAPI document, docs page and health ($name)', (kind) => {
  let ctx: TestContext;
  let doc: OpenApiDocument;
  let operations: Operation[];

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    doc = await fetchOpenApiDocument(ctx.app);
    operations = listOperations(doc);
  });
  afterAll(() => ctx.close());

  it('is OpenAPI 3.1 with the app’s version', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info).toMatchObject({ title: 'Leerlust API', version: packageJson.version });
  });

  it('describes every API route the app answers, and nothing else', () => {
    const routes = ctx.app.routes
      .filter((route) => route.method !== 'ALL' && route.path.startsWith('/api/'))
      .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`);
    const served = [...new Set(routes)].filter((key) => !DOCUMENTATION_ROUTES.includes(key)).sort();
    expect(operations.map((o) => o.key).sort()).toEqual(served);
  });

  it('gives every operation a summary, a tag, a success answer and described answers', () => {
    for (const { key, operation } of operations) {
      expect(operation.summary, key).toBeTruthy();
      expect(operation.tags?.length, key).toBeGreaterThan(0);
      const responses = Object.entries(operation.responses ?? {});
      // A redirect is the success of a route the browser navigates through (single sign-on).
      expect(responses.some(([status]) => status.startsWith('2') || status.startsWith('3')), key).toBe(true);
      for (const [status, response] of responses) expect('description' in response && response.description, `${key} ${status}`).toBeTruthy();
    }
  });

  it('documents the error shape for every error answer', () => {
    for (const { key, operation } of operations) {
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        if (status.startsWith('2') || status.startsWith('3')) continue;
        const schema = 'content' in response ? response.content?.['application/json']?.schema : undefined;
        expect(schema, `${key} ${status}`).toEqual({ $ref: '#/components/schemas/ApiError' });
      }
    }
  });

  it('describes every request body as a required JSON object that forbids unknown fields', () => {
    const withBody = operations.filter((o) => o.operation.requestBody);
    expect(withBody.length).toBeGreaterThan(0);
    for (const { key, operation } of withBody) {
      const body = operation.requestBody;
      expect(body && 'required' in body && body.required, key).toBe(true);
      const schema = body && 'content' in body ? body.content['application/json']?.schema : undefined;
      const resolved = resolve(doc, schema as SchemaObject | undefined);
      expect(resolved, key).toMatchObject({ type: 'object', additionalProperties: false });
    }
  });

  it('documents a 400 for every operation that validates a body or path parameter', () => {
    for (const { key, path, operation } of operations) {
      if (operation.requestBody || path.includes('{')) expect(Object.keys(operation.responses ?? {}), key).toContain('400');
    }
  });

  it('documents the answers the route layer gives, on every operation it guards', () => {
    const missing = operations.flatMap(({ key, method, operation }) => {
      const statuses = Object.keys(operation.responses);
      const expected = [
        ...(operation['x-roles'] ? ['401'] : []),
        ...(operation['x-roles']?.length ? ['403'] : []),
        ...(method !== 'GET' ? ['403', '413'] : []),
        ...(operation.requestBody ? ['400', '415'] : []),
        ...(operation.parameters.length > 0 ? ['400'] : []),
      ];
      return expected.filter((status) => !statuses.includes(status)).map((status) => `${key} ${status}`);
    });
    expect([...new Set(missing)]).toEqual([]);
  });

  it('states in the schemas the rules the server enforces', () => {
    const schemas = doc.components.schemas as Record<string, { enum?: string[]; properties?: Record<string, Record<string, unknown>> }>;
    expect(schemas.TimeZone?.enum).toEqual(expect.arrayContaining(['Europe/Amsterdam', 'UTC', 'America/New_York']));
    expect(schemas.MomentSlot?.properties?.weekdays).toMatchObject({ minItems: 1, uniqueItems: true });
    const body = (key: string) => {
      const schema = operations.find((o) => o.key === key)?.operation.requestBody?.content['application/json'].schema as SchemaObject;
      return resolve(doc, schema) as { properties: Record<string, Record<string, unknown>> };
    };
    for (const key of ['POST /api/admin/teasers', 'POST /api/admin/items', 'POST /api/admin/campaigns']) {
      expect(body(key).properties.texts, key).toMatchObject({ minItems: 1, maxItems: 2 });
    }
    expect(body('POST /api/admin/campaigns').properties.itemIds).toMatchObject({ maxItems: 100 });
    expect(JSON.stringify(body('POST /api/admin/campaigns').properties.kickoffUrl)).toContain('[Hh][Tt][Tt][Pp][Ss]?://');
  });

  it('serves a readable docs page that lists every operation and runs under the CSP', async () => {
    const response = await ctx.app.request('/api/docs');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    for (const { method, path } of operations) expect(html, `${method} ${path}`).toMatch(new RegExp(`${method}</span> <code>${path.replace(/[{}]/g, '\\$&')}</code>`));
    // No inline scripts or styles: the CSP would block them.
    expect(html).not.toMatch(/<script|<style|\sstyle=/i);
    expect((await ctx.app.request('/api/docs.css')).headers.get('content-type')).toMatch(/^text\/css/);
  });

  it('answers the health check with the database in use', async () => {
    const response = await ctx.app.request('/api/health');
    expect(response.status).toBe(200);
    const health = healthSchema.parse(await response.json());
    expect(health).toEqual({ status: 'ok', database: kind.name, version: packageJson.version });
  });
});
