import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppDeps, AppEnv } from '../../http/app-env';
import { setSessionCookies } from '../../http/session-cookies';
import { SESSION_COOKIE } from '../../../shared/schemas/csrf';
import { authPolicy } from './auth.policy';
import { resolveSession } from './auth.service';

/**
 * Puts the signed-in person (or null) on the context for every API request.
 * When the session was extended, its cookies are set again with a fresh
 * Max-Age (set before the handler runs, so that signing out still clears them).
 */
export function sessionMiddleware(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const resolved = token ? await resolveSession(deps, token) : null;
    c.set('session', resolved?.session ?? null);
    c.set('person', resolved?.person ?? null);
    c.set('catalogueVersion', resolved?.catalogueVersion ?? null);
    if (token && resolved?.renewed) {
      setSessionCookies(c, { token, csrfToken: resolved.session.csrf_token, maxAgeMs: authPolicy.sessionTtlMs }, deps.config.publicUrl);
    }
    await next();
  };
}
