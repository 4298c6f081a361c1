import type { Workbox } from 'workbox-window';
import { updateState } from './update-state';

/** How often an open app (a standalone PWA may stay open for days) asks for a new version. */
const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

let workbox: Workbox | undefined;
let registering = false;
let reloadRequested = false;

/**
 * Registers /sw.js through workbox-window, from the bundle (the CSP forbids
 * inline scripts), once the page has loaded so the worker's downloads do not
 * compete with the first paint; workbox-window itself is loaded then too, so
 * it is not part of the first screen's JavaScript. Production builds only: in
 * development Vite serves source modules the worker must not cache. Safe to
 * call twice.
 *
 * @example useEffect(registerServiceWorker, []);
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || registering) return;
  registering = true;
  const start = () => void import('workbox-window').then(({ Workbox }) => attach(new Workbox('/sw.js', { scope: '/' })));
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}

function attach(wb: Workbox): void {
  workbox = wb;
  let controlled = Boolean(navigator.serviceWorker.controller);

  wb.addEventListener('waiting', () => updateState.set('waiting'));
  wb.addEventListener('controlling', () => {
    if (reloadRequested) window.location.reload();
    // The first install claims the page: nothing changed for the person. A later switch is an update.
    else if (controlled) updateState.set('active');
    controlled = true;
  });
  wb.register().catch((error: unknown) => console.warn('Service worker registration failed', error));

  let lastCheck = Date.now();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible' || Date.now() - lastCheck < UPDATE_CHECK_INTERVAL_MS) return;
    lastCheck = Date.now();
    wb.update().catch(() => undefined);
  });
}

/**
 * The person tapped "reload": let the waiting worker take over, then reload
 * once it controls the page, so the new code and the new caches match.
 */
export function applyUpdate(): void {
  if (!workbox || updateState.get() === 'active') {
    window.location.reload();
    return;
  }
  reloadRequested = true;
  workbox.messageSkipWaiting();
}
