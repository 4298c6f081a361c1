import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import type { OpenApiDocument, OpenApiOperation } from '../../server/http/openapi-document';

/*
 * Every answer an API test receives through TestClient is held against the
 * OpenAPI document the app serves: its status must be one the operation
 * documents, and a JSON body must match that status's schema. So the whole
 * API suite doubles as a check that the document tells the truth, and a
 * status or field the document forgot fails the test that met it.
 */

interface Matcher {
  method: string;
  pattern: RegExp;
  path: string;
  operation: OpenApiOperation;
}

export interface Conformance {
  /** Why the answer does not match the document, or null when it does (or when no documented operation was asked). */
  check(method: string, url: string, status: number, body: () => Promise<unknown>): Promise<string | null>;
}

/**
 * A checker for one document.
 *
 * @example const problem = await conformanceOf(doc).check('GET', '/api/me', 200, () => response.clone().json());
 */
export function conformanceOf(doc: OpenApiDocument): Conformance {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  const validators = new Map<string, ValidateFunction>();
  const matchers: Matcher[] = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item ?? {}).map(([method, operation]) => ({
      method: method.toUpperCase(),
      // A literal segment beats a parameter: /api/me/moment.ics is not /api/me/{id}.
      pattern: new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '[^/]+')}$`),
      path,
      operation: operation as OpenApiOperation,
    })),
  );
  matchers.sort((a, b) => (a.path.match(/\{/g)?.length ?? 0) - (b.path.match(/\{/g)?.length ?? 0));

  function validatorFor(key: string, schema: Record<string, unknown>): ValidateFunction {
    let validate = validators.get(key);
    if (!validate) validators.set(key, (validate = ajv.compile({ ...schema, components: doc.components })));
    return validate;
  }

  return {
    async check(method, url, status, body) {
      const path = new URL(url, 'http://in-process').pathname;
      const matcher = matchers.find((m) => m.method === method && m.pattern.test(path));
      if (!matcher) return null;
      const key = `${method} ${matcher.path}`;
      const documented = matcher.operation.responses[String(status)];
      if (!documented) return `${key} answered ${status}, which it does not document (it documents ${Object.keys(matcher.operation.responses).join(', ')})`;
      const schema = documented.content?.['application/json'].schema;
      if (!schema) return null;
      const validate = validatorFor(`${key} ${status}`, schema);
      const value = await body();
      if (validate(value)) return null;
      return `${key} ${status}: the body does not match its documented schema: ${ajv.errorsText(validate.errors)}`;
    },
  };
}
