import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { PreparedPush, PushOptions, PushOutcome, PushSender } from './push-sender';
import type { PushSubscriptionRow } from './push.table';
import { deleteSubscriptionById } from './push.repository';
import pLimit from 'p-limit';

export interface FanOutResult {
  delivered: number;
  gone: number;
  failed: number;
}

/**
 * Sends one payload to many devices as they are read (`pages`, e.g.
 * subscriptionPages), with at most `maxInFlight` sends in flight: memory holds
 * two pages (the one being sent and the next, read meanwhile), whatever the
 * number of devices. Each send still gets its own encryption, done for a
 * whole page before its sends; the sender signs one VAPID token per origin
 * and keeps its own per-origin limit. Dead subscriptions (404/410) are
 * removed; a device that fails counts as failed and never stops the others.
 */
export async function fanOut(
  deps: { db: Kysely<Database>; sender: PushSender },
  pages: AsyncIterable<readonly PushSubscriptionRow[]>,
  payload: string,
  options: PushOptions,
  maxInFlight = 256,
): Promise<FanOutResult> {
  const result: FanOutResult = { delivered: 0, gone: 0, failed: 0 };
  const limit = pLimit(maxInFlight);
  const deliverOne = async (subscription: PushSubscriptionRow, prepared: PreparedPush | PushOutcome) => {
    try {
      const outcome = 'status' in prepared ? prepared : await deps.sender.deliver(prepared);
      result[outcome.status] += 1;
      if (outcome.status === 'gone') await deleteSubscriptionById(deps.db, subscription.id);
    } catch {
      // One device's trouble is its own: the others still get the message.
      result.failed += 1;
    }
  };
  // The next page is read while this one is sent, so the limit never waits for the database.
  let sending: Promise<unknown> = Promise.resolve();
  for await (const page of pages) {
    // A page is encrypted in one go, before its sends (see PushSender.prepare).
    const prepared = page.map((subscription) => ({
      subscription,
      push: deps.sender.prepare({ endpoint: subscription.endpoint, keys: { p256dh: subscription.p256dh, auth: subscription.auth } }, payload, options),
    }));
    const queued = Promise.all(prepared.map(({ subscription, push }) => limit(() => deliverOne(subscription, push))));
    await sending;
    sending = queued;
  }
  await sending;
  return result;
}
