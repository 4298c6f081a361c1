import type { MiddlewareHandler } from 'hono';
import { setAnswerHeader } from './response-headers';

/**
 * The CSP allows only this origin: the PWA has no inline scripts or styles,
 * and data:/blob: images are for QR codes and offline copies of images.
 */
const CONTENT_SECURITY_POLICY = [
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

const SECURITY_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Origin-Agent-Cluster', '?1'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=()'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Download-Options', 'noopen'],
  ['X-Frame-Options', 'DENY'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
  // The XSS auditor of old browsers did more harm than good; 0 turns it off.
  ['X-XSS-Protection', '0'],
];

/**
 * Headers every answer carries, set before the handler runs so that they are
 * part of the answer it makes (setting them afterwards costs every request a
 * header-by-header merge). A route serving untrusted bytes (uploaded images,
 * posters) sets a stricter CSP (sandbox) of its own, which replaces this one.
 * HSTS is set per request below, only over HTTPS.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    for (const [name, value] of SECURITY_HEADERS) c.header(name, value);
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
