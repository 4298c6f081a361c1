import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { PushSubscriptionInput } from '../../../shared/schemas/push';
import type { NotificationRow, PushSubscriptionRow } from './push.table';

/** Stores a device's subscription or, when the app re-sends it, marks the device as seen. An endpoint belongs to whoever sent it last. */
/**
 * Stores a device, or refreshes it when its owner sends it again. An
 * endpoint belongs to whoever registered it first until they remove it: a
 * second person sending the same endpoint gets null and the device stays
 * where it was (else anyone who learned an endpoint could take its pushes).
 */
export async function saveSubscription(db: Kysely<Database>, personId: string, input: PushSubscriptionInput, now: Date): Promise<string | null> {
  const at = now.toISOString();
  const row = await db
    .insertInto('push_subscriptions')
    .values({ id: randomUUID(), person_id: personId, endpoint: input.endpoint, p256dh: input.keys.p256dh, auth: input.keys.auth, created_at: at, last_seen_at: at })
    .onConflict((oc) =>
      oc
        .column('endpoint')
        .doUpdateSet({ p256dh: input.keys.p256dh, auth: input.keys.auth, last_seen_at: at })
        .where('push_subscriptions.person_id', '=', personId),
    )
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function deleteSubscription(db: Kysely<Database>, personId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('push_subscriptions').where('id', '=', id).where('person_id', '=', personId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function deleteSubscriptionById(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('push_subscriptions').where('id', '=', id).execute();
}

export async function listSubscriptionsOf(db: Kysely<Database>, personId: string): Promise<PushSubscriptionRow[]> {
  return db.selectFrom('push_subscriptions').selectAll().where('person_id', '=', personId).orderBy('created_at').execute();
}

/** Removes devices that have not opened the app since `seenBefore` (WebKit accepts pushes for dead endpoints, so age is the only sign). */
export async function retireIdleSubscriptions(db: Kysely<Database>, personId: string, seenBefore: Date): Promise<number> {
  const result = await db
    .deleteFrom('push_subscriptions')
    .where('person_id', '=', personId)
    .where('last_seen_at', '<', seenBefore.toISOString())
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function insertNotification(db: Kysely<Database>, row: Omit<NotificationRow, 'pushed_at' | 'read_at'>): Promise<void> {
  await db.insertInto('notifications').values({ ...row, pushed_at: null, read_at: null }).execute();
}

/**
 * Takes one of the person's weekly pushes for notice `id`, unless they had
 * `cap` since `since`; false when the cap is reached. Simultaneous senders to
 * one person take turns: the transaction first writes the person's row (a
 * write that changes nothing), which holds that row's lock on PostgreSQL and
 * the database's write lock on SQLite until it commits, so two senders
 * cannot both count the last free push.
 */
export async function reservePush(db: Kysely<Database>, personId: string, id: string, since: Date, cap: number, now: Date): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await trx.updateTable('people').set((eb) => ({ left_at: eb.ref('left_at') })).where('id', '=', personId).execute();
    if ((await countPushesSince(trx, personId, since)) >= cap) return false;
    await trx.updateTable('notifications').set({ pushed_at: now.toISOString() }).where('id', '=', id).execute();
    return true;
  });
}

/** Gives back a reserved push that no device took: it waits in the inbox and does not count towards the cap. */
export async function releasePush(db: Kysely<Database>, id: string): Promise<void> {
  await db.updateTable('notifications').set({ pushed_at: null }).where('id', '=', id).execute();
}

/** Pushes the person received since `since`, whoever sent them: the weekly cap counts these. */
export async function countPushesSince(db: Kysely<Database>, personId: string, since: Date): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('person_id', '=', personId)
    .where('pushed_at', '>=', since.toISOString())
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The in-app inbox: everything sent to the person (pushed or not), newest first; what could not be pushed is what counts as unread. */
export async function listInbox(db: Kysely<Database>, personId: string, limit = 30): Promise<NotificationRow[]> {
  return db
    .selectFrom('notifications')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
}

export async function countUnreadInbox(db: Kysely<Database>, personId: string): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('person_id', '=', personId)
    .where('pushed_at', 'is', null)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function markInboxRead(db: Kysely<Database>, personId: string, now: Date): Promise<void> {
  await db.updateTable('notifications').set({ read_at: now.toISOString() }).where('person_id', '=', personId).where('read_at', 'is', null).execute();
}

export async function listNotificationsOf(db: Kysely<Database>, personId: string): Promise<NotificationRow[]> {
  return db.selectFrom('notifications').selectAll().where('person_id', '=', personId).orderBy('created_at').orderBy('id').execute();
}

/**
 * Every stored subscription, a page at a time in id order (keyset paging:
 * no OFFSET scan, and rows added meanwhile are not skipped), so a fan-out to
 * all devices holds one page in memory, never the whole table.
 */
export async function* subscriptionPages(db: Kysely<Database>, pageSize = 500): AsyncGenerator<PushSubscriptionRow[]> {
  let after = '';
  for (;;) {
    const page = await db.selectFrom('push_subscriptions').selectAll().where('id', '>', after).orderBy('id').limit(pageSize).execute();
    if (page.length > 0) yield page;
    const last = page.at(-1);
    if (!last || page.length < pageSize) return;
    after = last.id;
  }
}
