import type { PushSender } from '../../server/features/push/push-sender';
import { pushSenderFor } from '../../server/features/push/push-service';
import { vapidKeys } from '../../server/features/push/vapid';
import { startPushService, type FakePushService, type FakeSubscription } from './push-service';
import type { TestClient, TestContext } from './test-app';

export const TEST_VAPID_SUBJECT = 'mailto:ops@leerlust.example';

export interface PushRig {
  service: FakePushService;
  sender: PushSender;
  /** Retry delays the sender asked for (it does not really wait in tests). */
  delays: number[];
  close(): Promise<void>;
}

/** A local push service trusting this server's VAPID key, and a sender that waits no real time between retries. */
export async function startPushRig(ctx: TestContext): Promise<PushRig> {
  const keys = await vapidKeys(ctx.deps.db, ctx.deps.config, ctx.clock());
  const service = await startPushService({ vapidPublicKey: keys.publicKey, clock: ctx.clock });
  const delays: number[] = [];
  const sender = await pushSenderFor(ctx.deps.db, ctx.deps.config, ctx.clock, ctx.deps.log, {
    sleep: async (ms) => void delays.push(ms),
  });
  return {
    service,
    sender,
    delays,
    async close() {
      sender.close();
      await service.close();
    },
  };
}

/** Subscribes a device at the local push service and registers it through the API, as the app does. */
export async function subscribeDevice(client: TestClient, service: FakePushService): Promise<FakeSubscription & { id: string }> {
  const subscription = service.subscribe();
  const response = await client.request('PUT', '/api/me/push-subscriptions', { endpoint: subscription.endpoint, keys: subscription.keys });
  if (response.status !== 200) throw new Error(`subscribe failed: ${response.status} ${await response.text()}`);
  const { id } = (await response.json()) as { id: string };
  return { ...subscription, id };
}
