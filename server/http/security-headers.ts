import type { MiddlewareHandler } from 'hono';
import { setAnswerHeader } from './response-headers';

/**
 * The pages' CSP allows only this origin: the PWA has no inline scripts or
 * styles, and data:/blob: images are for QR codes and offline copies of images.
 */
const PAGE_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

type HeaderList = ReadonlyArray<readonly [string, string]>;

/** For pages and what they load: the PWA shell, its scripts and service worker, the API docs. */
const PAGE_HEADERS: HeaderList = [
  ['Content-Security-Policy', PAGE_CONTENT_SECURITY_POLICY],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Origin-Agent-Cluster', '?1'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=()'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Frame-Options', 'DENY'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
];

/**
 * For API answers: data that is never a page, so what matters is that no
 * browser renders, sniffs, frames or hands it to another origin (the OWASP
 * REST Security Cheat Sheet's set), and that no cache keeps it: answers are
 * personal (a route serving immutable bytes sets its own Cache-Control).
 * Its CSP is stricter than the pages': nothing may load at all. Pages'
 * headers on every API answer would cost the feed a fifth of its throughput.
 */
const API_HEADERS: HeaderList = [
  ['Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'"],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-Frame-Options', 'DENY'],
  ['Cache-Control', 'no-store'],
];

/**
 * Sets the headers every answer carries, before the handler runs so that they
 * are part of the answer it makes (setting them afterwards costs every
 * request a header-by-header merge). A route serving untrusted bytes
 * (uploaded images, posters) sets a sandbox CSP of its own, which replaces
 * this one. Handlers must answer through the context (c.json, c.body…): a
 * Response built by hand would go out without them. HSTS is set per request
 * below, only over HTTPS.
 */
export function securityHeaders(isPage: (path: string) => boolean): MiddlewareHandler {
  return async (c, next) => {
    for (const [name, value] of isPage(c.req.path) ? PAGE_HEADERS : API_HEADERS) c.header(name, value);
    await next();
  };
}

/** Strict-Transport-Security, only when the request arrived over HTTPS. */
export function hsts(isHttps: (url: string, forwardedProto: string | undefined) => boolean): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (isHttps(c.req.url, c.req.header('x-forwarded-proto'))) {
      setAnswerHeader(c, 'Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    }
  };
}
