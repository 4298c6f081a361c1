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
  return async (c, next) => {
    const person = c.get('person');
    if (!person) throw unauthorized();
    if (roles.length > 0 && !roles.includes(person.role)) throw forbidden();
    await next();
  };
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
