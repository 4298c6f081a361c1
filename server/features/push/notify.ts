import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { Logger } from '../../http/app-env';
import { weekStartInstant } from '../../../shared/domain/moment-schedule';
import type { MomentSettings } from '../../../shared/schemas/moments';
import type { PushMessage } from '../../../shared/schemas/push';
import { loadMomentSettings } from '../moments/moment-settings';
import type { PersonRow } from '../people/people.table';
import type { PushOptions, PushSender } from './push-sender';
import {
  countPushesSince,
  countUnreadInbox,
  deleteSubscriptionById,
  insertNotification,
  listSubscriptionsOf,
  releasePush,
  reservePush,
  retireIdleSubscriptions,
} from './push.repository';

export interface NotifyDeps {
  db: Kysely<Database>;
  sender: PushSender;
  log: Logger;
}

export interface Notice {
  kind: string;
  title: string;
  body: string;
  /** App path opened from the notification, e.g. /training/<id>?source=push. */
  url: string;
  /** Notifications with the same tag replace each other on the device. */
  tag: string;
  ttlSeconds: number;
  urgency: PushOptions['urgency'];
}

export interface DeviceResult {
  subscriptionId: string;
  origin: string;
  status: 'delivered' | 'gone' | 'failed';
  httpStatus: number | null;
  attempts: number;
  error?: string;
}

/** pushed: at least one device took it; inbox: no device did; capped: the weekly cap was reached, so it went to the inbox only. */
export interface NotifyResult {
  notificationId: string;
  outcome: 'pushed' | 'inbox' | 'capped';
  devices: DeviceResult[];
}

/**
 * Tells a person something, for every feature that sends (reminders, kick-offs,
 * prizes): it is stored first (so it is never lost: without a push it waits in
 * the in-app inbox), then pushed to each device unless the person already had
 * the organisation's weekly number of pushes. Dead subscriptions (404/410) and
 * devices idle longer than the admin allows are removed on the way.
 */
export async function notifyPerson(deps: NotifyDeps, person: PersonRow, notice: Notice, now: Date): Promise<NotifyResult> {
  const settings = await loadMomentSettings(deps.db);
  const id = await recordNotice(deps.db, person, notice, now);
  return deliverNotice(deps, person, { id, notice, settings }, now);
}

/** Stores the notice (inbox until pushed); may run inside the caller's transaction. */
export async function recordNotice(db: Kysely<Database>, person: PersonRow, notice: Notice, now: Date): Promise<string> {
  const id = randomUUID();
  await insertNotification(db, {
    id,
    person_id: person.id,
    kind: notice.kind,
    title: notice.title,
    body: notice.body,
    url: notice.url,
    created_at: now.toISOString(),
  });
  return id;
}

/** Pushes a recorded notice to the person's devices, within the weekly cap. Never inside a transaction: it waits on the network. */
export async function deliverNotice(
  deps: NotifyDeps,
  person: PersonRow,
  { id, notice, settings }: { id: string; notice: Notice; settings: MomentSettings },
  now: Date,
): Promise<NotifyResult> {
  const weekStart = weekStartInstant(now, person.time_zone);
  const capped = (): NotifyResult => {
    deps.log.info('push: weekly cap reached, kept in the inbox', { personId: person.id, kind: notice.kind, cap: settings.weeklyPushCap });
    return { notificationId: id, outcome: 'capped', devices: [] };
  };
  if ((await countPushesSince(deps.db, person.id, weekStart)) >= settings.weeklyPushCap) return capped();
  await retireIdleSubscriptions(deps.db, person.id, new Date(now.getTime() - settings.retireSubscriptionsAfterDays * 86_400_000));
  const subscriptions = await listSubscriptionsOf(deps.db, person.id);
  if (subscriptions.length === 0) return { notificationId: id, outcome: 'inbox', devices: [] };
  // The count above only spares the common case a transaction; the reservation decides.
  if (!(await reservePush(deps.db, person.id, id, weekStart, settings.weeklyPushCap, now))) return capped();

  // Reserved, this notice no longer counts as waiting in the inbox: the badge shows what waits besides it.
  const badgeCount = await countUnreadInbox(deps.db, person.id);
  const message: PushMessage = { id, kind: notice.kind, title: notice.title, body: notice.body, url: notice.url, tag: notice.tag, badgeCount };
  const payload = JSON.stringify(message);
  const devices = await Promise.all(
    subscriptions.map(async (subscription): Promise<DeviceResult> => {
      const device = { subscriptionId: subscription.id, origin: URL.parse(subscription.endpoint)?.origin ?? 'unknown' };
      // Each device on its own: one that fails leaves the person's other devices, and the people after them, untouched.
      try {
        const outcome = await deps.sender.send(
          { endpoint: subscription.endpoint, keys: { p256dh: subscription.p256dh, auth: subscription.auth } },
          payload,
          { ttlSeconds: notice.ttlSeconds, urgency: notice.urgency },
        );
        if (outcome.status === 'gone') await deleteSubscriptionById(deps.db, subscription.id);
        return { ...device, ...outcome };
      } catch (error) {
        return { ...device, status: 'failed', httpStatus: null, attempts: 0, error: error instanceof Error ? error.message : String(error) };
      }
    }),
  );
  const delivered = devices.some((d) => d.status === 'delivered');
  if (!delivered) await releasePush(deps.db, id);
  for (const failed of devices.filter((d) => d.status === 'failed')) {
    deps.log.warn('push: delivery failed', { personId: person.id, origin: failed.origin, httpStatus: failed.httpStatus, error: failed.error });
  }
  return { notificationId: id, outcome: delivered ? 'pushed' : 'inbox', devices };
}
