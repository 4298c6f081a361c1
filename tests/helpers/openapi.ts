import type { LeerlustApp } from '../../server/app';
import { HTTP_METHODS as METHODS, type OpenApiDocument, type OpenApiOperation } from '../../server/http/openapi-document';

export type { OpenApiDocument };
export type OperationObject = OpenApiOperation;

export interface Operation {
  /** `METHOD /path`, e.g. `GET /api/teams/{id}/summary`: the key test tables use. */
  key: string;
  method: Uppercase<(typeof METHODS)[number]>;
  /** As the document writes it, with `{param}` placeholders. */
  path: string;
  operation: OperationObject;
}

/** The OpenAPI document as the API serves it. */
export async function fetchOpenApiDocument(app: LeerlustApp): Promise<OpenApiDocument> {
  const response = await app.request('/api/openapi.json');
  if (response.status !== 200) throw new Error(`GET /api/openapi.json answered ${response.status}`);
  return (await response.json()) as OpenApiDocument;
}

/** Every operation the document describes, so test tables can be checked against it. */
export function listOperations(doc: OpenApiDocument): Operation[] {
  return Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    METHODS.flatMap((method) => {
      const operation = item?.[method];
      return operation ? [{ key: `${method.toUpperCase()} ${path}`, method: method.toUpperCase() as Operation['method'], path, operation }] : [];
    }),
  );
}

/**
 * How a test table keyed by operation differs from the document: a new route
 * must get an entry, and an entry for a route that is gone is stale.
 *
 * @example expect(tableCoverage(Object.keys(matrix), operationKeys)).toEqual({ missingFromTable: [], notInDocument: [] })
 */
export function tableCoverage(tableKeys: readonly string[], operationKeys: readonly string[]) {
  return {
    missingFromTable: operationKeys.filter((key) => !tableKeys.includes(key)).sort(),
    notInDocument: tableKeys.filter((key) => !operationKeys.includes(key)).sort(),
  };
}

/** A path template with its `{param}` placeholders filled in. */
export function fillPath(template: string, value: (param: string) => string): string {
  return template.replace(/\{(\w+)\}/g, (_, param: string) => value(param));
}
