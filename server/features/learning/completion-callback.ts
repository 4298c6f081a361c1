import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { AppError } from '../../http/app-error';
import type { AppHooks } from '../../http/app-env';
import type { CompletionCallback } from '../../../shared/schemas/integrations';
import { findPersonByEmail } from '../people/people.repository';
import { applyEvents } from '../progress/sync.service';

const MAX_AGE_MS = 5 * 60_000;

/** Checks `sha256=<hex>` over `${timestamp}.${body}`, in constant time, and refuses stale or future timestamps (replays). */
export function verifySignature(secret: string, rawBody: string, timestamp: string | undefined, signature: string | undefined, now: Date): void {
  const sentAt = Number(timestamp) * 1000;
  if (!timestamp || !Number.isFinite(sentAt) || Math.abs(now.getTime() - sentAt) > MAX_AGE_MS) {
    throw new AppError(401, 'stale_signature', 'Missing or stale x-leerlust-timestamp');
  }
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex')}`);
  const given = Buffer.from(signature ?? '');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new AppError(401, 'bad_signature', 'The signature does not match');
  }
}

/** A stable event id for the platform's completion id, so a retried callback is applied once. */
export function eventIdFor(externalId: string): string {
  const hex = createHash('sha256').update(`platform-completion:${externalId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Records the completion as the person's own training_completed event, with the same once-only rules as the app. */
export async function applyPlatformCompletion(db: Kysely<Database>, hooks: Pick<AppHooks, 'itemCompleted'>, input: CompletionCallback, now: Date): Promise<'applied' | 'duplicate'> {
  const person = await findPersonByEmail(db, input.email);
  if (!person) throw new AppError(404, 'unknown_person', 'No person with that e-mail address');
  const item = await db.selectFrom('learning_items').select(['id', 'kind']).where('id', '=', input.itemId).executeTakeFirst();
  if (item?.kind !== 'macro') throw new AppError(404, 'unknown_item', 'No macro-training with that id');
  const event = {
    id: eventIdFor(input.externalId),
    kind: 'training_completed' as const,
    occurredAt: input.completedAt,
    timeZone: person.time_zone,
    itemId: input.itemId,
  };
  const { results } = await applyEvents(db, hooks, person, [event], now, 'platform');
  const result = results[0];
  if (result?.status === 'rejected') throw new AppError(422, result.reason ?? 'rejected', `Completion refused: ${result.reason}`);
  return result?.status === 'applied' ? 'applied' : 'duplicate';
}
