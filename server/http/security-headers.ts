import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/**
 * Headers every answer carries. The CSP allows only this origin: the PWA has
 * no inline scripts or styles, and data:/blob: images are for QR codes and
 * offline copies of images.
 */
export function securityHeaders(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      connectSrc: ["'self'"],
      workerSrc: ["'self'"],
      manifestSrc: ["'self'"],
      fontSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    // HSTS is set per request below, only over HTTPS: on http://localhost it would pin nothing useful.
    strictTransportSecurity: false,
    xFrameOptions: 'DENY',
    xContentTypeOptions: 'nosniff',
    referrerPolicy: 'strict-origin-when-cross-origin',
    crossOriginOpenerPolicy: 'same-origin',
    crossOriginResourcePolicy: 'same-origin',
    permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
    // A route serving untrusted bytes (uploaded images, posters) sets a stricter CSP (sandbox) of its own; keep it.
    overwrite: false,
  });
}

/** Strict-Transport-Security, only when the request arrived over HTTPS. */
export function hsts(isHttps: (url: string, forwardedProto: string | undefined) => boolean): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (isHttps(c.req.url, c.req.header('x-forwarded-proto'))) {
      c.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    }
  };
}
