import { apiErrorSchema } from '../../shared/schemas/common';
import type { z } from 'zod';

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

/** The error answers a route may give, for its OpenAPI description. */
export const errorResponses = {
  400: json(apiErrorSchema, 'The request is malformed or fails validation'),
  401: json(apiErrorSchema, 'Not signed in'),
  403: json(apiErrorSchema, 'Signed in, but not allowed'),
  404: json(apiErrorSchema, 'No such thing'),
  409: json(apiErrorSchema, 'Conflicts with what exists'),
  422: json(apiErrorSchema, 'Well-formed, but refers to something that does not fit'),
  429: json(apiErrorSchema, 'Too many requests; try again later'),
} as const;

export { json as jsonContent };

/** A JSON request body described by a shared schema. */
export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});
