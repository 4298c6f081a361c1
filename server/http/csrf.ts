import type { MiddlewareHandler } from 'hono';
import { AppError } from './app-error';
import type { AppEnv } from './app-env';
import { CSRF_HEADER } from '../../shared/schemas/csrf';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request forgery protection for every state-changing request:
 * - a cross-site Origin is refused outright;
 * - a request made with a session must echo that session's CSRF token in a
 *   header. A foreign page can make the browser send the session cookie, but
 *   cannot read the token to put in the header.
 * Requests without a session (asking for a magic link) rely on the Origin
 * check and on JSON bodies, which no cross-site form can send.
 * Runs after the session is resolved.
 */
export function csrfProtection(publicOrigin: string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    if (origin && origin !== publicOrigin && origin !== new URL(c.req.url).origin) {
      throw new AppError(403, 'csrf_origin', 'Cross-site request refused');
    }
    const session = c.get('session');
    if (session && c.req.header(CSRF_HEADER) !== session.csrf_token) {
      throw new AppError(403, 'csrf_token', 'Missing or wrong CSRF token; reload the app');
    }
    return next();
  };
}
