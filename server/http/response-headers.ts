import type { Context } from 'hono';

/**
 * Sets a header on the answer a handler already made. `c.header()` after the
 * handler rebuilds the answer as a full Fetch Response with a body stream,
 * which costs the Node adapter its fast path for string bodies (a third of
 * the feed's throughput); our own answers have mutable headers, so set them
 * in place.
 */
export function setAnswerHeader(c: Context, name: string, value: string): void {
  c.res.headers.set(name, value);
}
