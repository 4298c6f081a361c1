import type { MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Context } from 'hono';
import type { AppDeps, AppEnv } from '../../http/app-env';
import { CSRF_COOKIE, SESSION_COOKIE } from '../../../shared/schemas/csrf';
import { authPolicy } from './auth.policy';
import { resolveSession } from './auth.service';
import type { SessionRow } from './auth.table';

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
    if (token && resolved?.renewed) setSessionCookies(c, token, resolved.session, deps.config.publicUrl);
    await next();
  };
}

/**
 * The session cookie is HttpOnly so scripts never see it; the CSRF cookie is
 * readable so the app can echo it. Secure everywhere but plain-HTTP localhost.
 */
export function setSessionCookies(c: Context<AppEnv>, token: string, session: SessionRow, publicUrl: string): void {
  const secure = isSecureContextUrl(publicUrl);
  const maxAge = Math.floor(authPolicy.sessionTtlMs / 1000);
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Lax', secure, path: '/', maxAge });
  setCookie(c, CSRF_COOKIE, session.csrf_token, { httpOnly: false, sameSite: 'Lax', secure, path: '/', maxAge });
}

export function clearSessionCookies(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
  deleteCookie(c, CSRF_COOKIE, { path: '/' });
}

/** Browsers drop Secure cookies over plain HTTP, which is only acceptable on this machine. */
function isSecureContextUrl(publicUrl: string): boolean {
  const url = new URL(publicUrl);
  return !(url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname));
}
