import type { Context } from 'hono';
import { SCIM_ERROR_SCHEMA } from '../../../shared/schemas/scim';

/** The error types of RFC 7644 §3.12 Leerlust answers with. */
export type ScimType = 'invalidFilter' | 'invalidSyntax' | 'invalidPath' | 'invalidValue' | 'noTarget' | 'uniqueness' | 'mutability' | 'tooMany';

/**
 * An error in the shape RFC 7644 asks for, so the identity provider's log
 * shows what was wrong; never a 5xx for something the client sent.
 */
export class ScimError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 500 | 501,
    message: string,
    readonly scimType?: ScimType,
  ) {
    super(message);
    this.name = 'ScimError';
  }
}

export const SCIM_CONTENT_TYPE = 'application/scim+json';

/** A SCIM answer: the RFC's media type. */
export function scimJson(c: Context, body: unknown, status: 200 | 201 = 200): Response {
  return c.body(JSON.stringify(body), status, { 'Content-Type': SCIM_CONTENT_TYPE });
}

export function scimErrorResponse(c: Context, error: ScimError): Response {
  const body = { schemas: [SCIM_ERROR_SCHEMA], status: String(error.status), ...(error.scimType && { scimType: error.scimType }), detail: error.message };
  return c.body(JSON.stringify(body), error.status, { 'Content-Type': SCIM_CONTENT_TYPE });
}
