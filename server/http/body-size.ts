import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from './app-env';

/** JSON bodies are small; anything larger is a mistake or an attack. */
export const API_BODY_LIMIT_BYTES = 64 * 1024;

/** Refuses a larger body with 413, whether it declares its length or streams. */
export function limitBodySize(maxSize = API_BODY_LIMIT_BYTES): MiddlewareHandler<AppEnv> {
  return bodyLimit({
    maxSize,
    onError: (c) => c.json({ error: { code: 'body_too_large', message: `Request bodies are limited to ${maxSize} bytes` } }, 413),
  });
}
