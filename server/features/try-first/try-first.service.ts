import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { AppHooks } from '../../http/app-env';
import { notFound } from '../../http/app-error';
import type { Language } from '../../../shared/schemas/common';
import type { LearningEvent } from '../../../shared/schemas/events';
import type { ClaimResult, TriedTraining } from '../../../shared/schemas/try-first';
import { microContentOf, toItemSummary } from '../learning/learning.mapper';
import { findItem } from '../learning/learning.repository';
import type { PersonRow } from '../people/people.table';
import { eventPolicy } from '../progress/event-policy';
import { progressOf } from '../progress/progress.service';
import { applyEventsIn } from '../progress/sync.service';
import { claimTryPass, findTryableItem, insertTryPass } from './try-first.repository';

/** What a person can do in a training before joining: start it, answer its questions, finish it. */
const TRIED_KINDS: ReadonlySet<LearningEvent['kind']> = new Set(['training_started', 'question_answered', 'training_completed']);

/**
 * Opens a training that the kick-off behind `code` offers to try, for
 * someone without an account, and issues the pass that will let them claim
 * their progress after joining. Nothing about the visitor is stored: the
 * pass names the training, the poster and the moment only.
 */
export async function tryTraining(db: Kysely<Database>, code: string, itemId: string, language: Language, now: Date): Promise<TriedTraining> {
  const tryable = await findTryableItem(db, code, itemId, now);
  const found = tryable && (await findItem(db, tryable.id));
  const summary = found && toItemSummary(found, language);
  if (!found || !summary) throw notFound('Training');
  const passId = randomUUID();
  await insertTryPass(db, { id: passId, item_id: found.item.id, source_code: code, issued_at: now.toISOString(), claimed_by: null, claimed_at: null });
  return { passId, item: { ...summary, micro: microContentOf(found, language), macro: null, sessions: [], completed: false } };
}

/*
 * Crediting tried progress, exactly once, with nothing the server cannot check.
 *
 * The phone kept what the person did under a pass the server issued. The
 * first person to claim a pass holds it for good (a conditional update, so
 * two claims at once cannot both win); a later claim by them answers their
 * events `duplicate`, by anyone else `claimed_by_other`. A pass the server
 * never issued is `unknown_pass`. Each event must be what the pass covers:
 * an activity in a training (no teasers, no other trainings), of that
 * training, not before the pass was issued (`outside_pass`). What passes
 * these checks goes through the same exactly-once apply as any synced event
 * (points once per thing, the streak week from the event's own moment, the
 * offline window, ids that belong to someone else), in the same transaction
 * as the claim, so a failed apply leaves the pass unclaimed. The poster the
 * pass came through is credited as the person's first touch, if nothing was.
 */
export async function claimTried(
  db: Kysely<Database>,
  hooks: Pick<AppHooks, 'triedThrough' | 'itemCompleted'>,
  person: PersonRow,
  passId: string,
  events: readonly LearningEvent[],
  now: Date,
): Promise<ClaimResult> {
  const results = await db.transaction().execute(async (trx) => {
    const pass = await claimTryPass(trx, passId, person.id, now);
    if (!pass) return events.map((e) => ({ id: e.id, status: 'rejected' as const, reason: 'unknown_pass' as const }));
    if (pass.claimed_by !== person.id) return events.map((e) => ({ id: e.id, status: 'rejected' as const, reason: 'claimed_by_other' as const }));
    const issuedAt = Date.parse(pass.issued_at) - eventPolicy.maxClockSkewMs;
    const covered = (e: LearningEvent) => TRIED_KINDS.has(e.kind) && e.itemId === pass.item_id && Date.parse(e.occurredAt) >= issuedAt;
    const applied = await applyEventsIn(trx, hooks, person, events.filter(covered), now);
    await hooks.triedThrough(trx, { personId: person.id, via: pass.source_code, at: now });
    const byId = new Map(applied.map((r) => [r.id, r]));
    return events.map((e) => byId.get(e.id) ?? { id: e.id, status: 'rejected' as const, reason: 'outside_pass' as const });
  });
  return { results, progress: await progressOf(db, person, now) };
}
