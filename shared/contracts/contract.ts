import type * as z from 'zod/mini';
import { apiErrorSchema } from '../schemas/common';

/*
 * An API contract is what both sides must agree on about one operation:
 * method, path, what it takes and what it answers. The server mounts it with
 * its access checks (server/http/api-route.ts: validation, handler types and
 * the OpenAPI document all come from it); the app calls it through
 * client/app/api.ts, so a renamed field or route fails the type-check on
 * both sides at once.
 */

type Schema = z.ZodMiniType;
type StatusCode = 200 | 201 | 202 | 204 | 302 | 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 429 | 503;

export interface JsonContent<S extends Schema = Schema> {
  description: string;
  content: { 'application/json': { schema: S } };
}

export interface ApiContract {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  /** OpenAPI style: /api/items/{id}. */
  path: string;
  tags: string[];
  summary: string;
  description?: string;
  /** For the rare route that takes more than the default body limit (an outbox batch). */
  bodyLimitBytes?: number;
  request?: {
    params?: Schema;
    query?: Schema;
    body?: { required: true; content: { 'application/json': { schema: Schema } } };
  };
  responses: Partial<Record<StatusCode, JsonContent | { description: string }>>;
}

/**
 * Keeps a contract's literal types, so the server's handler and the app's
 * call are both checked against its schemas.
 *
 * @example
 * export const getMeContract = defineContract({
 *   method: 'get', path: '/api/me', tags: ['Me'], summary: 'The signed-in person',
 *   responses: { 200: jsonContent(meSchema, 'You') }, // 401 and the other route-layer answers are added by the document
 * });
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineContract<const C extends ApiContract>(contract: C): C {
  return contract;
}

/** A JSON answer described by a shared schema. */
/* @__NO_SIDE_EFFECTS__ */
export function jsonContent<S extends Schema>(schema: S, description: string): JsonContent<S> {
  return { description, content: { 'application/json': { schema } } };
}

/** A JSON request body described by a shared schema. */
/* @__NO_SIDE_EFFECTS__ */
export function jsonBody<S extends Schema>(schema: S) {
  return { required: true as const, content: { 'application/json': { schema } } };
}

/** The error answers a route may give, for its OpenAPI description. */
export const errorResponses = {
  400: jsonContent(apiErrorSchema, 'The request is malformed or fails validation'),
  401: jsonContent(apiErrorSchema, 'Not signed in'),
  403: jsonContent(apiErrorSchema, 'Signed in, but not allowed'),
  404: jsonContent(apiErrorSchema, 'No such thing'),
  409: jsonContent(apiErrorSchema, 'Conflicts with what exists'),
  422: jsonContent(apiErrorSchema, 'Well-formed, but refers to something that does not fit'),
  413: jsonContent(apiErrorSchema, 'The body is larger than this operation takes'),
  415: jsonContent(apiErrorSchema, 'The body is not sent as JSON'),
  429: jsonContent(apiErrorSchema, 'Too many requests; try again later'),
} as const;

type Output<S> = S extends Schema ? z.output<S> : never;
type Input<S> = S extends Schema ? z.input<S> : never;

/** The schema of the contract's success answer (its first 2xx with a JSON body). */
export type SuccessSchema<C extends ApiContract> = C extends unknown // one of several contracts (a choice between two calls) answers one of their answers
  ? { [S in keyof C['responses']]: S extends 200 | 201 | 202 ? (C['responses'][S] extends JsonContent<infer T> ? T : never) : never }[keyof C['responses']]
  : never;

/** What the app sends: path parameters, query and body, each only when the contract has it. */
export type CallInput<C extends ApiContract> = (C['request'] extends { params: infer S } ? { params: Input<S> } : { params?: never }) &
  (C['request'] extends { query: infer S } ? { query: Input<S> } : { query?: never }) &
  (C['request'] extends { body: { content: { 'application/json': { schema: infer S } } } } ? { body: Input<S> } : { body?: never });

/** Whether a call must say something: path parameters or a body (a query may be left out when all of it is optional). */
export type NeedsInput<C extends ApiContract> = C['request'] extends { params: Schema } | { body: object } ? true : false;

/**
 * The arguments after the contract in a typed call: the input (required when
 * the contract has path parameters or a body) and then call options.
 */
export type CallArgs<C extends ApiContract, O> = NeedsInput<C> extends true ? [input: CallInput<C>, options?: O] : [input?: CallInput<C>, options?: O];

/** What the app receives on success. */
export type CallOutput<C extends ApiContract> = Output<SuccessSchema<C>>;
