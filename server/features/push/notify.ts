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
  countUnreadInboxes,
  deleteSubscriptionsByIds,
  insertNotifications,
  listSubscriptionsOfPeople,
  releasePushes,
  reservePushes,
  retireIdleSubscriptions,
} from './push.repository';
import type { PushSubscriptionRow } from './push.table';

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

/** A notice stored in a person's inbox, ready to be pushed. */
export interface RecordedNotice {
  person: PersonRow;
  id: string;
  notice: Notice;
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
  return deliverNotice(deps, await recordNotice(deps.db, person, notice, now), settings, now);
}

/** Stores a notice (in the person's inbox until pushed); may run inside the caller's transaction. */
export async function recordNotice(db: Kysely<Database>, person: PersonRow, notice: Notice, now: Date): Promise<RecordedNotice> {
  const recorded = { person, notice, id: randomUUID() };
  await insertNotifications(db, [notificationRow(recorded, now)]);
  return recorded;
}

/** Stores many notices in one statement; may run inside the caller's transaction. */
export async function recordNotices(db: Kysely<Database>, notices: readonly Omit<RecordedNotice, 'id'>[], now: Date): Promise<RecordedNotice[]> {
  const recorded = notices.map((n) => ({ ...n, id: randomUUID() }));
  await insertNotifications(db, recorded.map((n) => notificationRow(n, now)));
  return recorded;
}

function notificationRow({ id, person, notice }: RecordedNotice, now: Date) {
  return { id, person_id: person.id, kind: notice.kind, title: notice.title, body: notice.body, url: notice.url, created_at: now.toISOString() };
}

/** deliverNotices for one notice. */
export async function deliverNotice(deps: NotifyDeps, notice: RecordedNotice, settings: MomentSettings, now: Date): Promise<NotifyResult> {
  const [result] = await deliverNotices(deps, [notice], settings, now);
  if (!result) throw new Error('deliverNotice: no result');
  return result;
}

/**
 * Pushes recorded notices to their people's devices, within each person's
 * weekly cap, many people at once: the database is asked a handful of times
 * for the whole batch, not per person, and the sends go out together (the
 * sender bounds what is in flight). One device failing never affects
 * another device or person. Never inside a transaction: it waits on the
 * network. Answers in the order of `notices`.
 */
export async function deliverNotices(deps: NotifyDeps, notices: readonly RecordedNotice[], settings: MomentSettings, now: Date): Promise<NotifyResult[]> {
  const weekStarts = new Map<string, Date>();
  const weekStartOf = (zone: string) => weekStarts.get(zone) ?? weekStarts.set(zone, weekStartInstant(now, zone)).get(zone) as Date;
  const claims = notices.map(({ person, id }) => ({ personId: person.id, notificationId: id, since: weekStartOf(person.time_zone) }));
  // The count only spares people at their cap the rest; the reservation decides.
  const pushes = await countPushesSince(deps.db, claims);
  const open = notices.filter(({ person }) => (pushes.get(person.id) ?? 0) < settings.weeklyPushCap);
  const underCap = new Set(open.map(({ id }) => id));
  const openIds = [...new Set(open.map(({ person }) => person.id))];
  await retireIdleSubscriptions(deps.db, openIds, new Date(now.getTime() - settings.retireSubscriptionsAfterDays * 86_400_000));
  const devicesOf = groupBy(await listSubscriptionsOfPeople(deps.db, openIds), (s) => s.person_id);
  const withDevices = new Set(open.filter(({ person }) => devicesOf.has(person.id)).map(({ id }) => id));
  const reserved = await reservePushes(deps.db, claims.filter((c) => withDevices.has(c.notificationId)), settings.weeklyPushCap, now);
  // Reserved, a notice no longer counts as waiting in the inbox: the badge shows what waits besides it.
  const unread = await countUnreadInboxes(deps.db, [...new Set(notices.filter(({ id }) => reserved.has(id)).map(({ person }) => person.id))]);

  const results = await Promise.all(
    notices.map(async ({ person, id, notice }): Promise<NotifyResult> => {
      if (!reserved.has(id)) return { notificationId: id, outcome: withDevices.has(id) || !underCap.has(id) ? 'capped' : 'inbox', devices: [] };
      const message: PushMessage = { id, kind: notice.kind, title: notice.title, body: notice.body, url: notice.url, tag: notice.tag, badgeCount: unread.get(person.id) ?? 0 };
      const devices = await Promise.all((devicesOf.get(person.id) ?? []).map((device) => pushToDevice(deps.sender, device, JSON.stringify(message), notice)));
      return { notificationId: id, outcome: devices.some((d) => d.status === 'delivered') ? 'pushed' : 'inbox', devices };
    }),
  );
  await deleteSubscriptionsByIds(deps.db, results.flatMap((r) => r.devices.filter((d) => d.status === 'gone').map((d) => d.subscriptionId)));
  await releasePushes(deps.db, results.filter((r) => reserved.has(r.notificationId) && r.outcome === 'inbox').map((r) => r.notificationId));
  logOutcomes(deps.log, notices, results, settings);
  return results;
}

/** One device's push; whatever goes wrong (a key the encryption refuses, a broken connection) stays with this device. */
async function pushToDevice(sender: PushSender, device: PushSubscriptionRow, payload: string, notice: Notice): Promise<DeviceResult> {
  const origin = URL.parse(device.endpoint)?.origin ?? 'unknown';
  try {
    const outcome = await sender.send({ endpoint: device.endpoint, keys: { p256dh: device.p256dh, auth: device.auth } }, payload, {
      ttlSeconds: notice.ttlSeconds,
      urgency: notice.urgency,
    });
    return { subscriptionId: device.id, origin, ...outcome };
  } catch (error) {
    return { subscriptionId: device.id, origin, status: 'failed', httpStatus: null, attempts: 0, error: error instanceof Error ? error.message : String(error) };
  }
}

function logOutcomes(log: Logger, notices: readonly RecordedNotice[], results: readonly NotifyResult[], settings: MomentSettings): void {
  results.forEach((result, i) => {
    const person = notices[i]?.person;
    if (result.outcome === 'capped') log.info('push: weekly cap reached, kept in the inbox', { personId: person?.id, kind: notices[i]?.notice.kind, cap: settings.weeklyPushCap });
    for (const failed of result.devices.filter((d) => d.status === 'failed')) {
      log.warn('push: delivery failed', { personId: person?.id, origin: failed.origin, httpStatus: failed.httpStatus, error: failed.error });
    }
  });
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}
