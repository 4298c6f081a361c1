import type * as z from 'zod/mini';
import { apiErrorSchema } from '../../shared/schemas/common';
import type { JsonContent } from './api-route';

/** A JSON answer described by a shared schema. */
export const jsonContent = <S extends z.ZodMiniType>(schema: S, description: string): JsonContent<S> => ({
  description,
  content: { 'application/json': { schema } },
});

/** The error answers a route may give, for its OpenAPI description. */
export const errorResponses = {
  400: jsonContent(apiErrorSchema, 'The request is malformed or fails validation'),
  401: jsonContent(apiErrorSchema, 'Not signed in'),
  403: jsonContent(apiErrorSchema, 'Signed in, but not allowed'),
  404: jsonContent(apiErrorSchema, 'No such thing'),
  409: jsonContent(apiErrorSchema, 'Conflicts with what exists'),
  422: jsonContent(apiErrorSchema, 'Well-formed, but refers to something that does not fit'),
  429: jsonContent(apiErrorSchema, 'Too many requests; try again later'),
} as const;

/** A JSON request body described by a shared schema. */
export const jsonBody = <S extends z.ZodMiniType>(schema: S) => ({
  required: true as const,
  content: { 'application/json': { schema } },
});
