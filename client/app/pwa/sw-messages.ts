/**
 * The messages the page and the service worker exchange; shared so neither
 * side can misspell them.
 */
export const SKIP_WAITING = { type: 'SKIP_WAITING' } as const;

/** @example isSkipWaitingMessage({ type: 'SKIP_WAITING' }) // true */
export function isSkipWaitingMessage(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === SKIP_WAITING.type;
}
