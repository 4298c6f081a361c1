/// <reference lib="webworker" />
/**
 * Leerlust's service worker (built by vite-plugin-pwa's injectManifest from
 * this file; type-checked by tsconfig.sw.json).
 *
 * What it caches, and what not:
 * - the app shell (HTML, JS, CSS, icons), precached at install, so the app
 *   opens without a connection;
 * - same-origin images, cache-first with a cap, so teaser pictures seen once
 *   show again offline;
 * - never /api: the app keeps API data in IndexedDB itself (client/db), where
 *   it can reason about freshness and the outbox. A second, hidden copy here
 *   would serve stale answers the app cannot see or clear.
 *
 * Updates: a new worker installs next to the old one and waits. The page shows
 * "new version — reload" (client/app/pwa/) and only a tap sends SKIP_WAITING,
 * so nobody is switched to new code in the middle of a training.
 */
import { setCacheNameDetails } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { isSkipWaitingMessage } from './app/pwa/sw-messages';
import { DRAIN_OUTBOX_MESSAGE, OUTBOX_SYNC_TAG } from './sync/sync-messages';
import { readPush, RESEND_SUBSCRIPTION_MESSAGE } from './features/notifications/push-messages';

declare const self: ServiceWorkerGlobalScope;

const CACHE_ID = 'leerlust';
/** Bump when the runtime caching below changes shape: older caches are deleted on activate. */
const RUNTIME_VERSION = 'v1';
const IMAGE_CACHE_FAMILY = `${CACHE_ID}-images-`;
const IMAGE_CACHE = `${IMAGE_CACHE_FAMILY}${RUNTIME_VERSION}`;
const THIRTY_DAYS = 30 * 24 * 60 * 60;

// Names Workbox's own caches leerlust-precache-v2-…, so they are easy to find in DevTools.
setCacheNameDetails({ prefix: CACHE_ID });

// --- App shell --------------------------------------------------------------
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Client-side routes (/settings, /signin/verify…) all get the shell; the API never does.
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api\//] }));

// --- Runtime caches ---------------------------------------------------------
registerRoute(
  ({ request, url }) => request.destination === 'image' && url.origin === self.location.origin && !url.pathname.startsWith('/api/'),
  new CacheFirst({
    cacheName: IMAGE_CACHE,
    plugins: [new ExpirationPlugin({ maxEntries: 60, maxAgeSeconds: THIRTY_DAYS, purgeOnQuotaError: true })],
  }),
);

// --- Lifecycle --------------------------------------------------------------
self.addEventListener('message', (event) => {
  if (isSkipWaitingMessage(event.data)) void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(Promise.all([deleteOutdatedRuntimeCaches(), self.clients.claim()]));
});

/** Only our own families: other caches on this origin (the app's, the browser's) are not ours to delete. */
async function deleteOutdatedRuntimeCaches(): Promise<void> {
  const names = await caches.keys();
  await Promise.all(names.filter((name) => name.startsWith(IMAGE_CACHE_FAMILY) && name !== IMAGE_CACHE).map((name) => caches.delete(name)));
}

// --- Background Sync --------------------------------------------------------
// Chromium wakes the worker when the network is back after a failed outbox
// sync. The outbox lives in the page's IndexedDB code, so the worker asks the
// open windows to send it; with none open, the app sends it at its next start.
interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
}
self.addEventListener('sync', (event) => {
  const sync = event as SyncEvent;
  if (sync.tag !== OUTBOX_SYNC_TAG) return;
  sync.waitUntil(
    self.clients.matchAll({ type: 'window' }).then((windows) => {
      for (const window of windows) window.postMessage(DRAIN_OUTBOX_MESSAGE);
    }),
  );
});

// --- Notifications ----------------------------------------------------------
// Learning-moment reminders and other pushes (issue 4). Every push shows a
// notification: iOS revokes the permission of a worker that stays silent.
// A tag per kind collapses reminders; a click focuses an open window and
// takes it to the deep link, or opens the app there.
self.addEventListener('push', (event) => {
  const push = readPush(event.data?.text() ?? null, 'Leerlust');
  const badge = (self.navigator as Navigator & { setAppBadge?: (n?: number) => Promise<void> }).setAppBadge;
  event.waitUntil(
    Promise.all([
      self.registration.showNotification(push.title, {
        body: push.body,
        icon: '/icons/icon-192.png',
        badge: '/icons/icon-192.png',
        tag: push.tag,
        data: { url: push.url, id: push.id },
      }),
      // This notice plus what waits in the in-app inbox; where the Badging API exists.
      badge ? badge.call(self.navigator, push.badgeCount + 1).catch(() => undefined) : Promise.resolve(),
    ]),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const data = event.notification.data as { url?: unknown } | null;
  const path = typeof data?.url === 'string' && data.url.startsWith('/') && !data.url.startsWith('//') ? data.url : '/';
  const target = new URL(path, self.location.origin).href;
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then(async (windows) => {
      const open = windows.find((w) => new URL(w.url).origin === self.location.origin);
      if (open) {
        const focused = await open.focus();
        await focused.navigate(target).catch(() => undefined);
        return;
      }
      await self.clients.openWindow(target);
    }),
  );
});

// The browser replaced the subscription (expiry, key rotation): subscribe again
// with the same server key; open windows send it to the server, and the app
// re-sends its subscription on every start anyway.
interface PushSubscriptionChangeEvent extends ExtendableEvent {
  readonly oldSubscription: PushSubscription | null;
}
self.addEventListener('pushsubscriptionchange', (event) => {
  const change = event as PushSubscriptionChangeEvent;
  const key = change.oldSubscription?.options.applicationServerKey ?? null;
  change.waitUntil(
    (key ? self.registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key }) : Promise.resolve(null))
      .catch(() => null)
      .then(() => self.clients.matchAll({ type: 'window' }))
      .then((windows) => {
        for (const window of windows) window.postMessage(RESEND_SUBSCRIPTION_MESSAGE);
      }),
  );
});
