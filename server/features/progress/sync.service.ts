import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database';
import { awardKey } from '../../../shared/domain/award-key';
import { pointsFor, type PointValues } from '../../../shared/domain/points';
import type { EventRejectionReason, EventResult, LearningEvent } from '../../../shared/schemas/events';
import type { SyncResult } from '../../../shared/schemas/events';
import { isInAudience } from '../../../shared/domain/audience';
import { offerRejection, type ItemOffer } from '../../../shared/domain/item-offer';
import { offerOf } from '../learning/item-offer';
import { findItems, type ItemWithTexts } from '../learning/learning.repository';
import { isPublished } from '../learning/learning.service';
import type { ItemCompletionsTable } from '../learning/learning.table';
import { itemAudience } from '../learning/targeting';
import { audienceFactsOf, NO_SAVED_GROUPS } from '../people/audience-facts';
import type { PersonRow } from '../people/people.table';
import type { AppHooks } from '../../http/app-env';
import { loadPointValues } from '../settings/point-values';
import { eventPolicy } from './event-policy';
import { bumpFeedVersion, findEventOwners, insertCompletion, insertEventIfNew, listItemsWithEvents } from './events.repository';
import type { LearningEventsTable } from './events.table';
import { progressOf } from './progress.service';

/*
 * Applying what a phone recorded offline, exactly once.
 *
 * Every event carries an id made on the device. The outbox resends an event
 * until it hears back, so the same event may arrive twice — after a timeout,
 * from two tabs, or in two concurrent requests. The event id is the primary
 * key, so a second copy is never stored: it is answered `duplicate`, which
 * the device treats like `applied` and drops from its outbox.
 *
 * Points are earned once per thing (a training, a question, a teaser). The
 * event that earns them carries an award key, unique per person; if another
 * event got there first, this one is stored without points. Both clashes are
 * settled by unique indexes rather than read-then-write checks, so they hold
 * under concurrency on SQLite and PostgreSQL alike. A batch is applied in one
 * transaction, in award-key order and then id order: an insert locks both its
 * id and its award key, and two devices of one person may send the same awards
 * under different ids. Id order alone let a phone lock "question 1" and wait
 * for "question 2" while a tablet held "question 2" and waited for "question 1"
 * (a deadlock, so a 500, on PostgreSQL); in one global order, concurrent
 * batches only ever wait for each other.
 */
export async function applyEvents(
  db: Kysely<Database>,
  hooks: Pick<AppHooks, 'itemCompleted'>,
  person: PersonRow,
  events: readonly LearningEvent[],
  now: Date,
  source: ItemCompletionsTable['source'] = 'app',
): Promise<SyncResult> {
  const results = await db.transaction().execute((trx) => applyEventsIn(trx, hooks, person, events, now, source));
  return { results, progress: await progressOf(db, person, now) };
}

/** `applyEvents` inside a transaction the caller holds, for a write that must stand or fall with the events (a claim of tried progress). */
export async function applyEventsIn(
  trx: Transaction<Database>,
  hooks: Pick<AppHooks, 'itemCompleted'>,
  person: PersonRow,
  events: readonly LearningEvent[],
  now: Date,
  source: ItemCompletionsTable['source'] = 'app',
): Promise<EventResult[]> {
  const byId = new Map<string, EventResult>();
  const values = await loadPointValues(trx);
  const context = { ...(await batchContext(trx, person, events, now)), source, hooks };
  for (const event of [...events].sort(byLockOrder)) {
    if (byId.has(event.id)) continue;
    byId.set(event.id, await applyOne(trx, person, event, now, values, context));
  }
  // Last, so the person's row is the final lock a batch takes (no deadlock with the award keys above).
  if (events.some((e) => FEED_CHANGING_KINDS.has(e.kind) && byId.get(e.id)?.status === 'applied')) await bumpFeedVersion(trx, person.id);
  return events.map((e) => byId.get(e.id) ?? { id: e.id, status: 'duplicate' as const });
}

/** Events that change what the person's feed shows (done, new), so cached feeds must be rebuilt. */
const FEED_CHANGING_KINDS: ReadonlySet<LearningEvent['kind']> = new Set(['training_completed', 'teaser_opened']);

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The order in which a batch takes its locks: by award key (none first), then by id. */
function byLockOrder(a: LearningEvent, b: LearningEvent): number {
  return compareText(awardKey(a) ?? '', awardKey(b) ?? '') || compareText(a.id, b.id);
}

interface BatchContext {
  owners: Map<string, string>;
  /** What each training the batch names offers; a training not in it does not exist. */
  offers: Map<string, ItemOffer>;
  /** The trainings of the batch this person may be credited for (see availableItemIds). */
  availableItemIds: Set<string>;
  teaserIds: Set<string>;
  /** Who reported the batch: the app, or the learning platform's completion callback. */
  source: ItemCompletionsTable['source'];
  hooks: Pick<AppHooks, 'itemCompleted'>;
}

/** What the batch refers to, looked up once rather than per event. */
async function batchContext(
  trx: Transaction<Database>,
  person: PersonRow,
  events: readonly LearningEvent[],
  now: Date,
): Promise<Omit<BatchContext, 'source' | 'hooks'>> {
  const itemIds = [...new Set(events.flatMap((e) => (e.itemId ? [e.itemId] : [])))];
  const teaserIds = [...new Set(events.flatMap((e) => (e.teaserId ? [e.teaserId] : [])))];
  const [owners, items, teasers] = await Promise.all([
    findEventOwners(
      trx,
      events.map((e) => e.id),
    ),
    findItems(trx, itemIds),
    teaserIds.length ? trx.selectFrom('teasers').select('id').where('id', 'in', teaserIds).execute() : [],
  ]);
  return {
    owners,
    offers: new Map(items.map((found) => [found.item.id, offerOf(found)])),
    availableItemIds: await availableItemIds(trx, person, items, now),
    teaserIds: new Set(teasers.map((t) => t.id)),
  };
}

/**
 * The trainings a person may be credited for: those they could have opened.
 * That is one published and meant for them now, or one they already have
 * events about (it was open to them when they started, and an admin who
 * withdraws or retargets it later does not take back what they learned).
 * A draft, a training scheduled for later or one for other people never is:
 * the phone cannot have shown it, so such events are made up.
 */
async function availableItemIds(trx: Transaction<Database>, person: PersonRow, items: readonly ItemWithTexts[], now: Date): Promise<Set<string>> {
  const facts = audienceFactsOf(person, NO_SAVED_GROUPS);
  const open = items.filter(({ item }) => isPublished(item, now) && isInAudience(itemAudience(item), facts)).map(({ item }) => item.id);
  const closed = items.map(({ item }) => item.id).filter((id) => !open.includes(id));
  return new Set([...open, ...(await listItemsWithEvents(trx, person.id, closed))]);
}

function rejectionReason(event: LearningEvent, now: Date, context: BatchContext): EventRejectionReason | null {
  const at = Date.parse(event.occurredAt);
  if (at > now.getTime() + eventPolicy.maxClockSkewMs) return 'in_future';
  if (at < now.getTime() - eventPolicy.offlineWindowMs) return 'too_old';
  if (event.teaserId && !context.teaserIds.has(event.teaserId)) return 'unknown_teaser';
  if (!event.itemId) return null;
  const offer = context.offers.get(event.itemId);
  if (!offer) return 'unknown_item';
  // Opening a notice earns nothing and counts for the campaign figures, whatever became of its training.
  if (event.kind === 'notification_opened') return null;
  if (!context.availableItemIds.has(event.itemId)) return 'not_available';
  return offerRejection(event, offer);
}

async function applyOne(
  trx: Transaction<Database>,
  person: PersonRow,
  event: LearningEvent,
  now: Date,
  values: PointValues,
  context: BatchContext,
): Promise<EventResult> {
  const known = context.owners.get(event.id);
  if (known) return known === person.id ? { id: event.id, status: 'duplicate' } : { id: event.id, status: 'rejected', reason: 'id_conflict' };
  const reason = rejectionReason(event, now, context);
  if (reason) return { id: event.id, status: 'rejected', reason };

  const row = toRow(person.id, event, now);
  const key = awardKey(event);
  const applied =
    (key !== null && (await insertEventIfNew(trx, { ...row, award_key: key, points: pointsFor(event, values) }))) ||
    (await insertEventIfNew(trx, row));
  if (!applied) {
    // Another request stored this id between our lookup and our insert.
    const owner = (await findEventOwners(trx, [event.id])).get(event.id);
    return owner === person.id ? { id: event.id, status: 'duplicate' } : { id: event.id, status: 'rejected', reason: 'id_conflict' };
  }
  if (event.kind === 'training_completed' && event.itemId) {
    const at = new Date(event.occurredAt).toISOString();
    // Only a first completion is news to other features (a path may finish with it), and inside this transaction.
    if (await insertCompletion(trx, person.id, event.itemId, at, context.source)) await context.hooks.itemCompleted(trx, { personId: person.id, itemId: event.itemId, at });
  }
  return { id: event.id, status: 'applied' };
}

function toRow(personId: string, event: LearningEvent, now: Date): LearningEventsTable {
  return {
    id: event.id,
    person_id: personId,
    kind: event.kind,
    item_id: event.itemId ?? null,
    teaser_id: event.teaserId ?? null,
    question_id: event.questionId ?? null,
    correct: event.correct === undefined ? null : Number(event.correct),
    part: event.part ?? null,
    award_key: null,
    occurred_at: new Date(event.occurredAt).toISOString(),
    time_zone: event.timeZone,
    received_at: now.toISOString(),
    points: 0,
  };
}
