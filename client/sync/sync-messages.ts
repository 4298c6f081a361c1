/** The Background Sync tag the app registers after a failed outbox sync. */
export const OUTBOX_SYNC_TAG = 'leerlust-outbox';

/** What the service worker posts to open windows when the browser fires that sync. */
export const DRAIN_OUTBOX_MESSAGE = { type: 'drain-outbox' } as const;

export function isDrainOutboxMessage(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === DRAIN_OUTBOX_MESSAGE.type;
}
