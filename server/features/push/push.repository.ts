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

/** Removes the people's devices that have not opened the app since `seenBefore` (WebKit accepts pushes for dead endpoints, so age is the only sign). */
export async function retireIdleSubscriptions(db: Kysely<Database>, personIds: readonly string[], seenBefore: Date): Promise<void> {
  if (personIds.length === 0) return;
  await db.deleteFrom('push_subscriptions').where('person_id', 'in', personIds).where('last_seen_at', '<', seenBefore.toISOString()).execute();
}

/** The people's devices, each person's oldest first. */
export async function listSubscriptionsOfPeople(db: Kysely<Database>, personIds: readonly string[]): Promise<PushSubscriptionRow[]> {
  if (personIds.length === 0) return [];
  return db.selectFrom('push_subscriptions').selectAll().where('person_id', 'in', personIds).orderBy('created_at').orderBy('id').execute();
}

export async function deleteSubscriptionsByIds(db: Kysely<Database>, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await db.deleteFrom('push_subscriptions').where('id', 'in', ids).execute();
}

export async function insertNotifications(db: Kysely<Database>, rows: readonly Omit<NotificationRow, 'pushed_at' | 'read_at'>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('notifications').values(rows.map((row) => ({ ...row, pushed_at: null, read_at: null }))).execute();
}

/** A notice that asks for one of its person's weekly pushes, counted since `since` (the start of their week). */
export interface PushClaim {
  personId: string;
  notificationId: string;
  since: Date;
}

/**
 * Takes one weekly push per claim, in order, for those whose person is still
 * under `cap` (a person's earlier claims in the same call count); returns the
 * notification ids that got one. Simultaneous senders to one person take
 * turns: the transaction first writes the people's rows (a write that changes
 * nothing), which holds those rows' locks on PostgreSQL (taken in primary-key
 * order by the index scan, so two batches cannot deadlock) and the database's
 * write lock on SQLite until it commits, so two senders cannot both count the
 * last free push.
 */
export async function reservePushes(db: Kysely<Database>, claims: readonly PushClaim[], cap: number, now: Date): Promise<Set<string>> {
  if (claims.length === 0) return new Set();
  return db.transaction().execute(async (trx) => {
    const personIds = [...new Set(claims.map((c) => c.personId))];
    await trx.updateTable('people').set((eb) => ({ left_at: eb.ref('left_at') })).where('id', 'in', personIds).execute();
    const counts = await countPushesSince(trx, claims);
    const reserved = claims.filter((claim) => {
      const had = counts.get(claim.personId) ?? 0;
      if (had >= cap) return false;
      counts.set(claim.personId, had + 1);
      return true;
    });
    const ids = reserved.map((c) => c.notificationId);
    if (ids.length > 0) await trx.updateTable('notifications').set({ pushed_at: now.toISOString() }).where('id', 'in', ids).execute();
    return new Set(ids);
  });
}

/** Gives back reserved pushes that no device took: they wait in the inbox and do not count towards the cap. */
export async function releasePushes(db: Kysely<Database>, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await db.updateTable('notifications').set({ pushed_at: null }).where('id', 'in', ids).execute();
}

/**
 * Budgeted messages each claim's person received since the claim's `since`,
 * whoever sent them (pushes, and journey e-mails and in-app cards): the weekly
 * budget counts these. One query per distinct week start (people
 * in one time zone share it).
 */
export async function countPushesSince(db: Kysely<Database>, claims: readonly Pick<PushClaim, 'personId' | 'since'>[]): Promise<Map<string, number>> {
  const bySince = new Map<string, Set<string>>();
  for (const { personId, since } of claims) bySince.set(since.toISOString(), (bySince.get(since.toISOString()) ?? new Set()).add(personId));
  const counts = new Map<string, number>();
  for (const [since, personIds] of bySince) {
    const rows = await db
      .selectFrom('notifications')
      .select((eb) => ['person_id', eb.fn.countAll<number | string>().as('n')])
      .where('person_id', 'in', [...personIds])
      .where('pushed_at', '>=', since)
      .groupBy('person_id')
      .execute();
    for (const row of rows) counts.set(row.person_id, Number(row.n));
    // The one weekly budget: journey e-mails and in-app cards (the delivery ledger) count too.
    const ledger = await db
      .selectFrom('delivery_ledger')
      .select((eb) => ['person_id', eb.fn.countAll<number | string>().as('n')])
      .where('person_id', 'in', [...personIds])
      .where('sent_at', '>=', since)
      .groupBy('person_id')
      .execute();
    for (const row of ledger) counts.set(row.person_id, (counts.get(row.person_id) ?? 0) + Number(row.n));
  }
  return counts;
}

/**
 * The instants of each person's budgeted messages since their `since`
 * (their week's start), from every sender and channel: pushes (reminders,
 * kick-offs, journeys) and the delivery ledger (journey e-mails, in-app cards).
 */
export async function countBudgetUsed(db: Kysely<Database>, people: readonly { personId: string; since: Date }[]): Promise<Map<string, Date[]>> {
  const used = new Map<string, Date[]>();
  const sinceOf = new Map(people.map((p) => [p.personId, p.since.toISOString()]));
  const ids = [...sinceOf.keys()];
  const earliest = [...sinceOf.values()].sort()[0];
  if (!earliest) return used;
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const [pushes, ledger] = await Promise.all([
      db.selectFrom('notifications').select(['person_id', 'pushed_at as at']).where('person_id', 'in', chunk).where('pushed_at', '>=', earliest).execute(),
      db.selectFrom('delivery_ledger').select(['person_id', 'sent_at as at']).where('person_id', 'in', chunk).where('sent_at', '>=', earliest).execute(),
    ]);
    for (const row of [...pushes, ...ledger]) {
      if (!row.at || row.at < (sinceOf.get(row.person_id) ?? '')) continue;
      used.set(row.person_id, [...(used.get(row.person_id) ?? []), new Date(row.at)]);
    }
  }
  return used;
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
  return (await countUnreadInboxes(db, [personId])).get(personId) ?? 0;
}

/** What could not be pushed and is unread, per person (absent: nothing). */
export async function countUnreadInboxes(db: Kysely<Database>, personIds: readonly string[]): Promise<Map<string, number>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('notifications')
    .select((eb) => ['person_id', eb.fn.countAll<number | string>().as('n')])
    .where('person_id', 'in', personIds)
    .where('pushed_at', 'is', null)
    .where('read_at', 'is', null)
    .groupBy('person_id')
    .execute();
  return new Map(rows.map((row) => [row.person_id, Number(row.n)]));
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
