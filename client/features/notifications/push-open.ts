/**
 * A tap on a notification opens the app at its deep link with `?source=push`
 * (see server/jobs/reminder-content.ts). The app records that open in the
 * outbox for the campaign figures, then takes the marker out of the address so
 * a reload or a shared link does not count it again.
 */
export interface PushOpen {
  /** The training the notification opened, when it opened one. */
  itemId?: string;
  /** The same address without the marker. */
  cleanUrl: string;
}

const TRAINING_PATH = /^\/training\/([0-9a-f-]{36})\/?$/i;

/**
 * @example readPushOpen(new URL('https://x/training/<uuid>?source=push')) // { itemId: '<uuid>', cleanUrl: '/training/<uuid>' }
 * @example readPushOpen(new URL('https://x/')) // null
 */
export function readPushOpen(url: URL): PushOpen | null {
  if (url.searchParams.get('source') !== 'push') return null;
  const rest = new URLSearchParams(url.searchParams);
  rest.delete('source');
  const query = rest.toString();
  const itemId = TRAINING_PATH.exec(url.pathname)?.[1]?.toLowerCase();
  return { ...(itemId && { itemId }), cleanUrl: `${url.pathname}${query ? `?${query}` : ''}${url.hash}` };
}
