/**
 * What the service worker and the app tell each other about push, kept
 * dependency-free so the worker bundle stays small.
 */

/** Posted to open windows when the browser replaced the push subscription: the app sends the new one to the server. */
export const RESEND_SUBSCRIPTION_MESSAGE = { type: 'resend-push-subscription' } as const;

export function isResendSubscriptionMessage(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === RESEND_SUBSCRIPTION_MESSAGE.type;
}

export interface ShownPush {
  title: string;
  body: string;
  url: string;
  tag: string;
  id: string;
  badgeCount: number;
}

/**
 * Reads a push payload. iOS revokes the permission of a worker that receives
 * a push without showing a notification, so anything unreadable still gives
 * a notification that opens the app.
 */
export function readPush(text: string | null, fallbackTitle: string): ShownPush {
  try {
    const value = JSON.parse(text ?? '') as Partial<Record<keyof ShownPush, unknown>>;
    const str = (v: unknown, d: string) => (typeof v === 'string' && v.length > 0 ? v : d);
    const url = str(value.url, '/');
    return {
      title: str(value.title, fallbackTitle),
      body: str(value.body, ''),
      // Only app paths: a push must never open another site.
      url: url.startsWith('/') && !url.startsWith('//') ? url : '/',
      tag: str(value.tag, 'leerlust'),
      id: str(value.id, ''),
      badgeCount: typeof value.badgeCount === 'number' && Number.isInteger(value.badgeCount) ? Math.max(0, value.badgeCount) : 0,
    };
  } catch {
    return { title: fallbackTitle, body: '', url: '/', tag: 'leerlust', id: '', badgeCount: 0 };
  }
}
