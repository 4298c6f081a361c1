import type { Context, MiddlewareHandler } from 'hono';
import type { Role } from '../../shared/schemas/people';
import type { PersonRow } from '../features/people/people.table';
import type { SessionRow } from '../features/auth/auth.table';
import type { AppEnv } from './app-env';
import { forbidden, unauthorized } from './app-error';

/*
 * Who may call a route. The session middleware (features/auth) puts the
 * signed-in person on the context; every feature checks access through these
 * helpers, so no feature depends on another for it.
 */

/**
 * Lets the request through only for a signed-in person with one of `roles`
 * (any role when none are given): 401 when signed out, 403 otherwise.
 *
 * @example middleware: [requireRole('admin')] as const
 */
export function requireRole(...roles: Role[]): MiddlewareHandler<AppEnv> {
  const check: MiddlewareHandler<AppEnv> = async (c, next) => {
    const person = c.get('person');
    if (!person) throw unauthorized();
    if (roles.length > 0 && !roles.includes(person.role)) throw forbidden();
    await next();
  };
  requiredRoles.set(check, roles);
  return check;
}

/** The roles each requireRole check lets in (empty: any signed-in person), so the route layer can tell who a route is for. */
const requiredRoles = new WeakMap<MiddlewareHandler<AppEnv>, readonly Role[]>();

/**
 * Who a route's middleware lets in: null when nothing asks for a session,
 * `[]` for any signed-in person, else the roles.
 *
 * @example accessOf([requireRole('admin')]) // ['admin']
 */
export function accessOf(middleware: readonly MiddlewareHandler<AppEnv>[] = []): readonly Role[] | null {
  for (const handler of middleware) {
    const roles = requiredRoles.get(handler);
    if (roles) return roles;
  }
  return null;
}

/** Whether only admins may call a route with this middleware. */
export function isAdminOnly(middleware?: readonly MiddlewareHandler<AppEnv>[]): boolean {
  const roles = accessOf(middleware);
  return roles !== null && roles.length > 0 && roles.every((role) => role === 'admin');
}

/** The signed-in person; only valid behind `requireRole`. */
export function currentPerson(c: Context<AppEnv>): PersonRow {
  const person = c.get('person');
  if (!person) throw unauthorized();
  return person;
}

export function currentSession(c: Context<AppEnv>): SessionRow {
  const session = c.get('session');
  if (!session) throw unauthorized();
  return session;
}
