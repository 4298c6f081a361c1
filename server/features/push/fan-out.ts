import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { PushOptions, PushSender } from './push-sender';
import type { PushSubscriptionRow } from './push.table';
import { deleteSubscriptionById } from './push.repository';
import { Semaphore } from './semaphore';

export interface FanOutResult {
  delivered: number;
  gone: number;
  failed: number;
}

/**
 * Sends one payload to many devices as they are read (`pages`, e.g.
 * subscriptionPages), with at most `maxInFlight` sends pending: memory holds
 * a page and the sends in flight, whatever the number of devices. Each send
 * still gets its own encryption; the sender signs one VAPID token per origin
 * and keeps its own per-origin limit. Dead subscriptions (404/410) are removed;
 * a device that fails counts as failed and never stops the others.
 */
export async function fanOut(
  deps: { db: Kysely<Database>; sender: PushSender },
  pages: AsyncIterable<readonly PushSubscriptionRow[]>,
  payload: string,
  options: PushOptions,
  maxInFlight = 256,
): Promise<FanOutResult> {
  const result: FanOutResult = { delivered: 0, gone: 0, failed: 0 };
  // A semaphore, not Promise.race over everything pending: racing 256 promises per send costs more than the sends.
  const slots = new Semaphore(maxInFlight);
  const pending = new Set<Promise<void>>();
  const sendOne = async (subscription: PushSubscriptionRow) => {
    try {
      const outcome = await deps.sender.send({ endpoint: subscription.endpoint, keys: { p256dh: subscription.p256dh, auth: subscription.auth } }, payload, options);
      result[outcome.status] += 1;
      if (outcome.status === 'gone') await deleteSubscriptionById(deps.db, subscription.id);
    } catch {
      // One device's trouble is its own: the others still get the message.
      result.failed += 1;
    } finally {
      slots.release();
    }
  };
  for await (const page of pages) {
    for (const subscription of page) {
      await slots.acquire();
      const sending = sendOne(subscription).finally(() => pending.delete(sending));
      pending.add(sending);
    }
  }
  await Promise.all(pending);
  return result;
}
