import { pushPublicKeyContract, subscribePushContract, unsubscribePushContract } from '../../../shared/contracts/push';
import type { PushSubscriptionInput } from '../../../shared/schemas/push';
import { call } from '../../app/api';
import { isIos, isStandalone } from '../../app/pwa/install-offer';

/**
 * What this device can do with reminders:
 * - `unsupported`: no Push API (an old browser, or a private window);
 * - `ios-not-installed`: iPhone/iPad in Safari; Apple only delivers pushes to
 *   an app on the Home Screen, so we do not ask before it is installed;
 * - `denied` / `granted` / `default`: the browser's notification permission.
 */
export type PushSupport = 'unsupported' | 'ios-not-installed' | NotificationPermission;

/** @example pushSupport(window) // 'default' in a fresh Chromium tab */
export function pushSupport(win: Window = window): PushSupport {
  if (isIos(win.navigator.userAgent, win.navigator.maxTouchPoints) && !isStandalone(win)) return 'ios-not-installed';
  if (!('serviceWorker' in win.navigator) || !('PushManager' in win) || !('Notification' in win)) return 'unsupported';
  return Notification.permission;
}

/** The service worker may still be installing on a first visit; without one in time, there is nothing to subscribe with. */
const WORKER_WAIT_MS = 10_000;

async function registration(): Promise<ServiceWorkerRegistration> {
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no service worker')), WORKER_WAIT_MS));
  return Promise.race([navigator.serviceWorker.ready, timeout]);
}

/** PushSubscription.toJSON() also carries expirationTime, which the server's strict contract refuses. */
function toInput(subscription: PushSubscription): PushSubscriptionInput {
  const json = subscription.toJSON();
  return { endpoint: json.endpoint ?? subscription.endpoint, keys: { p256dh: json.keys?.p256dh ?? '', auth: json.keys?.auth ?? '' } };
}


async function sendToServer(subscription: PushSubscription): Promise<string> {
  return (await call(subscribePushContract, { body: toInput(subscription) })).id;
}

/** The base64url VAPID key as the bytes PushManager.subscribe() wants. */
export function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export type EnableOutcome = { status: 'subscribed' } | { status: 'denied' | 'dismissed' } | { status: 'failed'; reason: string };

/**
 * Turns reminders on for this device, after the person tapped the in-app
 * explanation: ask the browser's permission, subscribe with the server's VAPID
 * key, then register the subscription. Never called without a tap: browsers
 * (and people) punish a permission prompt out of the blue.
 */
export async function enableReminders(): Promise<EnableOutcome> {
  const permission = await Notification.requestPermission();
  if (permission === 'denied') return { status: 'denied' };
  if (permission !== 'granted') return { status: 'dismissed' };
  try {
    const [{ publicKey }, worker] = await Promise.all([call(pushPublicKeyContract), registration()]);
    const subscription =
      (await worker.pushManager.getSubscription()) ??
      (await worker.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(publicKey) }));
    await sendToServer(subscription);
    // Counted once per person, for the QR poster that brought them in (campaign figures).
    void import('../kickoff/report-acquisition').then((m) => m.reportAcquisition('push_opt_in'));
    return { status: 'subscribed' };
  } catch (error) {
    // Headless or offline browsers, and networks that block the push service, end here.
    return { status: 'failed', reason: error instanceof Error ? error.message : String(error) };
  }
}

/** This device's current subscription, if reminders are on here. */
export async function currentSubscription(): Promise<PushSubscription | null> {
  if (pushSupport() !== 'granted') return null;
  return (await registration().catch(() => null))?.pushManager.getSubscription() ?? null;
}

/**
 * Sends the current subscription again (each app open, and when the service
 * worker says the browser replaced it). The server marks the device as in use,
 * which keeps it from being retired, and learns a new endpoint. Quiet on failure:
 * the next open tries again.
 */
export async function resendSubscription(): Promise<void> {
  const subscription = await currentSubscription().catch(() => null);
  if (subscription) await sendToServer(subscription).catch(() => undefined);
}

/** Stops reminders on this device: the server forgets it first, so nothing is sent to a dead endpoint. */
export async function disableReminders(): Promise<void> {
  const subscription = await currentSubscription();
  if (!subscription) return;
  const id = await sendToServer(subscription);
  await call(unsubscribePushContract, { params: { id } });
  await subscription.unsubscribe();
}
