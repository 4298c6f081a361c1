import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from './app-env';

/** JSON bodies are small; anything larger is a mistake or an attack. */
export const API_BODY_LIMIT_BYTES = 64 * 1024;

/**
 * Refuses a larger body with 413, whether it declares its length or streams.
 * A declared length is judged without touching the body: the server then
 * reads and drops what is left (see closeAfterUnreadBody), so the client's
 * connection stays usable for its next request.
 */
export function limitBodySize(maxSize = API_BODY_LIMIT_BYTES): MiddlewareHandler<AppEnv> {
  const tooLarge: MiddlewareHandler<AppEnv> = async (c) => c.json({ error: { code: 'body_too_large', message: `Request bodies are limited to ${maxSize} bytes` } }, 413);
  const streamed = bodyLimit({ maxSize, onError: (c) => tooLarge(c, async () => {}) as Promise<Response> });
  return async (c, next) => {
    const declared = c.req.header('content-length');
    if (declared === undefined || c.req.header('transfer-encoding')) return streamed(c, next);
    // Node's parser never reads past a declared length, so the header alone decides. Touching the body
    // here would open its stream, and an unread open stream makes the server drop the connection.
    return Number(declared) > maxSize ? tooLarge(c, next) : next();
  };
}

/**
 * An answer given before the body was read (413, 415, 401, 403) leaves the
 * rest of the body on the connection. The server reads and drops it, but
 * only for 500 ms (@hono/node-server), then destroys the socket: on a slow
 * phone a large body is not through by then, and the client's next request
 * on that keep-alive connection would die with it. So when the app read
 * none of a body that streams or is larger than a JSON body may be, the
 * answer says `Connection: close`, and the client opens a new connection
 * for its next request. A small unread body is simply drained.
 */
export const closeAfterUnreadBody: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  const streamed = c.req.header('transfer-encoding') !== undefined;
  const large = Number(c.req.header('content-length') ?? 0) > API_BODY_LIMIT_BYTES;
  if ((streamed || large) && Object.keys(c.req.bodyCache).length === 0) c.res.headers.set('Connection', 'close');
};
