import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { CSRF_COOKIE, SESSION_COOKIE } from '../../shared/schemas/csrf';
import type { AppEnv } from './app-env';

/*
 * The two cookies of a session. Here rather than in the sign-in feature
 * because signing in, renewing a session and erasing an account (people)
 * all set or clear them, and features should not depend on each other for it.
 */

export interface SessionCookies {
  token: string;
  csrfToken: string;
  /** How long the browser keeps them. */
  maxAgeMs: number;
}

/**
 * The session cookie is HttpOnly so scripts never see it; the CSRF cookie is
 * readable so the app can echo it. Secure everywhere but plain-HTTP localhost.
 *
 * @example setSessionCookies(c, { token, csrfToken: session.csrf_token, maxAgeMs: authPolicy.sessionTtlMs }, config.publicUrl);
 */
export function setSessionCookies(c: Context<AppEnv>, cookies: SessionCookies, publicUrl: string): void {
  const secure = isSecureContextUrl(publicUrl);
  const maxAge = Math.floor(cookies.maxAgeMs / 1000);
  setCookie(c, SESSION_COOKIE, cookies.token, { httpOnly: true, sameSite: 'Lax', secure, path: '/', maxAge });
  setCookie(c, CSRF_COOKIE, cookies.csrfToken, { httpOnly: false, sameSite: 'Lax', secure, path: '/', maxAge });
}

/** Signs the browser out: both cookies expire at once. */
export function clearSessionCookies(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
  deleteCookie(c, CSRF_COOKIE, { path: '/' });
}

/** Browsers drop Secure cookies over plain HTTP, which is only acceptable on this machine. */
export function isSecureContextUrl(publicUrl: string): boolean {
  const url = new URL(publicUrl);
  return !(url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname));
}
