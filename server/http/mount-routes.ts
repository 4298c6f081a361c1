import type { Context, Hono, MiddlewareHandler } from 'hono';
import { validator } from 'hono/validator';
import type * as z from 'zod/mini';
import type { AppEnv } from './app-env';
import { AppError } from './app-error';
import { isAdminOnly } from './access';
import { limitBodySize } from './body-size';
import type { RegisteredRoute, RouteSpec } from './api-route';

type Target = 'json' | 'param' | 'query';

/**
 * Answers 400 with every issue and its path, in the shape of apiErrorSchema,
 * before the handler runs. Malformed JSON and a wrong content type are
 * refused by Hono's validator itself (400 and 415), never a 500.
 */
function validate(target: Target, schema: z.ZodMiniType): MiddlewareHandler<AppEnv> {
  return validator(target, (value, c: Context<AppEnv>) => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    const issues = result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
    const message = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
    return c.json({ error: { code: 'validation_failed', message, issues } }, 400);
  });
}

/**
 * A JSON body must say it is JSON. Hono's validator reads any other body as
 * `{}`, which a schema of optional fields would accept as "change nothing".
 */
const requireJson: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(c.req.header('content-type') ?? '')) {
    throw new AppError(415, 'unsupported_media_type', 'Send the body as JSON, with Content-Type: application/json');
  }
  await next();
};

/** OpenAPI's /items/{id} is Hono's /items/:id. */
export function honoPath(openApiPath: string): string {
  return openApiPath.replace(/\{(\w+)\}/g, ':$1');
}

function validators(spec: RouteSpec): MiddlewareHandler<AppEnv>[] {
  const request = spec.request ?? {};
  return [
    ...(request.params ? [validate('param', request.params)] : []),
    ...(request.query ? [validate('query', request.query)] : []),
    ...(request.body ? [requireJson, validate('json', request.body.content['application/json'].schema)] : []),
  ];
}

/** What the route layer adds to routes by kind; app.ts passes in the features that provide it. */
export interface RouteLayer {
  /** Wraps every write route only admins may call (the audit log). */
  adminWrite: (spec: RouteSpec) => MiddlewareHandler<AppEnv>;
}

/**
 * Mounts routes: access checks first (so a stranger learns nothing from
 * validation errors), then validation, then — for an admin's write — the
 * audit, then the handler.
 */
export function mountRoutes(app: Hono<AppEnv>, routes: readonly RegisteredRoute[], layer: RouteLayer): void {
  for (const { spec, handler } of routes) {
    const sizeLimit = spec.method === 'get' ? [] : [limitBodySize(spec.bodyLimitBytes)];
    const audit = spec.method !== 'get' && isAdminOnly(spec.middleware) ? [layer.adminWrite(spec)] : [];
    app.on([spec.method.toUpperCase()], [honoPath(spec.path)], ...sizeLimit, ...(spec.middleware ?? []), ...validators(spec), ...audit, handler);
  }
}
