import type { Context, MiddlewareHandler, TypedResponse } from 'hono';
import type { StatusCode } from 'hono/utils/http-status';
import type { JSONParsed } from 'hono/utils/types';
import type * as z from 'zod/mini';
import type { ApiContract, JsonContent } from '../../shared/contracts/contract';
import type { AppEnv } from './app-env';

type Schema = z.ZodMiniType;

/**
 * One API operation as the server mounts it: the shared contract (what it
 * takes and answers, see shared/contracts/contract.ts) plus who may call it.
 * The same description validates requests, types the handler and becomes the
 * OpenAPI document, so they cannot drift apart.
 */
export interface RouteSpec extends ApiContract {
  middleware?: readonly MiddlewareHandler<AppEnv>[];
}

type Output<S> = S extends Schema ? z.output<S> : never;

/** What `c.req.valid(...)` returns inside the handler, from the route's schemas. */
export interface ValidatedInput<R extends RouteSpec> {
  in: object;
  out: {
    json: R['request'] extends { body: { content: { 'application/json': { schema: infer S } } } } ? Output<S> : never;
    param: R['request'] extends { params: infer S } ? Output<S> : never;
    query: R['request'] extends { query: infer S } ? Output<S> : never;
  };
}

/** The answers a handler may give: each documented status with a body of its schema's type. */
export type RouteResponse<R extends RouteSpec> = {
  [S in keyof R['responses'] & StatusCode]: R['responses'][S] extends JsonContent<infer T> ? TypedResponse<JSONParsed<z.output<T>>, S, 'json'> : never;
}[keyof R['responses'] & StatusCode];

export type RouteHandler<R extends RouteSpec> = (
  c: Context<AppEnv, string, ValidatedInput<R>>,
) => RouteResponse<R> | Response | Promise<RouteResponse<R> | Response>;

/**
 * Keeps a route's literal types, so its handler is checked against its own
 * schemas. Give it a shared contract and the route's access checks:
 *
 * @example const getMeRoute = defineRoute({ ...getMeContract, middleware: [requireRole()] as const });
 */
export function defineRoute<const R extends RouteSpec>(spec: R): R {
  return spec;
}

export interface RegisteredRoute {
  spec: RouteSpec;
  handler: (c: Context<AppEnv>) => Response | Promise<Response>;
}

/** A feature's routes, collected to be mounted on the app and listed in the OpenAPI document. */
export class ApiRouter {
  readonly routes: RegisteredRoute[] = [];

  openapi<const R extends RouteSpec>(spec: R, handler: RouteHandler<R>): this {
    this.routes.push({ spec, handler: handler as unknown as RegisteredRoute['handler'] });
    return this;
  }
}

export function createRouter(): ApiRouter {
  return new ApiRouter();
}
