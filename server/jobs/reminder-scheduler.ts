import type { Kysely } from 'kysely';
import type { Database, DialectName } from '../db/database';
import type { Logger } from '../http/app-env';
import { isWithinWorkingTime } from '../../shared/domain/moment-schedule';
import type { MomentSettings } from '../../shared/schemas/moments';
import { loadMomentSettings } from '../features/moments/moment-settings';
import { findMoment, rowToSlot } from '../features/moments/moments.repository';
import { deliverNotice, recordNotice, type NotifyResult } from '../features/push/notify';
import type { PushSender } from '../features/push/push-sender';
import type { PersonRow } from '../features/people/people.table';
import { planMissingReminders, planReminder } from './reminder-plan';
import { reminderNotice } from './reminder-content';
import type { ReminderJobRow } from './reminder-jobs.table';

/*
 * The reminder scheduler. Jobs live in reminder_jobs, one per person and slot
 * occurrence (see reminder-plan.ts). Each tick:
 *  1. plans the next occurrence for anyone without a pending job;
 *  2. claims due jobs in batches: on PostgreSQL with FOR UPDATE SKIP LOCKED,
 *     so instances sharing the database never take the same row; SQLite has a
 *     single writer, so its UPDATE … RETURNING claim is atomic as it is;
 *  3. per job, in one transaction, marks it done (only if this instance still
 *     holds the claim) and stores the notice; then pushes it.
 * So a reminder is stored exactly once and pushed at most once: an instance
 * that dies after step 3's transaction leaves it in the person's in-app inbox,
 * one that dies before leaves the claim to expire (LEASE_MS) and another takes
 * it over. A job found after its moment ended (the server was down) is dropped
 * and logged.
 */

export interface SchedulerDeps {
  db: Kysely<Database>;
  dialect: DialectName;
  sender: PushSender;
  log: Logger;
  /** Names this instance in claimed_by. */
  instanceId: string;
}

export type ReminderOutcome = 'sent' | 'inbox' | 'capped' | 'quiet' | 'left' | 'dropped' | 'lost_claim';

export interface TickResult {
  planned: number;
  claimed: number;
  outcomes: Partial<Record<ReminderOutcome, number>>;
}

const BATCH = 100;
const MAX_BATCHES_PER_TICK = 500;
export const LEASE_MS = 5 * 60_000;

/** One scheduler tick at `now`. */
export async function runDueJobs(deps: SchedulerDeps, now: Date): Promise<TickResult> {
  const result: TickResult = { planned: await planMissingReminders(deps.db, now), claimed: 0, outcomes: {} };
  const settings = await loadMomentSettings(deps.db);
  for (let batch = 0; batch < MAX_BATCHES_PER_TICK; batch += 1) {
    const jobs = await claimDueJobs(deps, now, BATCH);
    if (jobs.length === 0) break;
    result.claimed += jobs.length;
    const outcomes = await Promise.all(jobs.map((job) => runJob(deps, job, settings, now)));
    for (const outcome of outcomes) result.outcomes[outcome] = (result.outcomes[outcome] ?? 0) + 1;
  }
  return result;
}

export async function claimDueJobs(deps: SchedulerDeps, now: Date, limit: number): Promise<ReminderJobRow[]> {
  const nowIso = now.toISOString();
  const due = deps.db
    .selectFrom('reminder_jobs')
    .select('id')
    .where('done_at', 'is', null)
    .where('due_at', '<=', nowIso)
    .where((eb) => eb.or([eb('claimed_at', 'is', null), eb('claimed_at', '<', new Date(now.getTime() - LEASE_MS).toISOString())]))
    .orderBy('due_at')
    .limit(limit);
  return deps.db
    .updateTable('reminder_jobs')
    .set((eb) => ({ claimed_at: nowIso, claimed_by: deps.instanceId, attempt: eb('attempt', '+', 1) }))
    .where('id', 'in', deps.dialect === 'postgres' ? due.forUpdate().skipLocked() : due)
    .returningAll()
    .execute();
}

async function runJob(deps: SchedulerDeps, job: ReminderJobRow, settings: MomentSettings, now: Date): Promise<ReminderOutcome> {
  try {
    const person = await deps.db.selectFrom('people').selectAll().where('id', '=', job.person_id).executeTakeFirst();
    if (!person) return 'left';
    const skip = skipReason(job, person, settings, now);
    if (skip) {
      if (skip === 'dropped') deps.log.warn('reminder dropped: its moment was over before it could be sent', { personId: person.id, occurrenceAt: job.occurrence_at });
      return (await finish(deps.db, job, skip, now)) ? skip : 'lost_claim';
    }
    const notice = await reminderNotice(deps.db, person, now);
    const recorded = await deps.db.transaction().execute(async (trx) => {
      if (!(await finish(trx, job, 'sending', now, deps.instanceId))) return null;
      return recordNotice(trx, person, notice, now);
    });
    if (!recorded) return 'lost_claim';
    const delivery = await deliverNotice(deps, person, { id: recorded, notice, settings }, now);
    const outcome = outcomeOf(delivery);
    await deps.db.updateTable('reminder_jobs').set({ outcome, last_error: firstError(delivery) }).where('id', '=', job.id).execute();
    await planNext(deps.db, person, job, now);
    return outcome;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    deps.log.error('reminder failed', { jobId: job.id, error: message });
    // Released for a later tick; the lease would free it anyway.
    await deps.db.updateTable('reminder_jobs').set({ claimed_at: null, claimed_by: null, last_error: message }).where('id', '=', job.id).where('done_at', 'is', null).execute();
    return 'inbox';
  }
}

function skipReason(job: ReminderJobRow, person: PersonRow, settings: MomentSettings, now: Date): ReminderOutcome | null {
  if (person.left_at !== null) return 'left';
  if (now.toISOString() > job.expires_at) return 'dropped';
  // The send instant counts, not the slot: a late reminder must still fall in work time.
  if (!isWithinWorkingTime(now, person.time_zone, settings)) return 'quiet';
  return null;
}

/** Marks the job done if this instance still holds it; false when another instance took it over. */
async function finish(db: Kysely<Database>, job: ReminderJobRow, outcome: string, now: Date, instanceId = job.claimed_by): Promise<boolean> {
  const result = await db
    .updateTable('reminder_jobs')
    .set({ done_at: now.toISOString(), outcome })
    .where('id', '=', job.id)
    .where('done_at', 'is', null)
    .where('claimed_by', '=', instanceId ?? '')
    .where('claimed_at', '=', job.claimed_at ?? '')
    .executeTakeFirst();
  const done = Number(result.numUpdatedRows) === 1;
  if (done && outcome !== 'sending' && outcome !== 'left') {
    const person = await db.selectFrom('people').selectAll().where('id', '=', job.person_id).executeTakeFirst();
    if (person) await planNext(db, person, job, now);
  }
  return done;
}

async function planNext(db: Kysely<Database>, person: PersonRow, job: ReminderJobRow, now: Date): Promise<void> {
  const moment = await findMoment(db, person.id);
  if (!moment) return;
  const after = new Date(Math.max(now.getTime(), Date.parse(job.occurrence_at)));
  await planReminder(db, person.id, rowToSlot(moment), person.time_zone, after);
}

function outcomeOf(delivery: NotifyResult): ReminderOutcome {
  if (delivery.outcome === 'pushed') return 'sent';
  return delivery.outcome;
}

function firstError(delivery: NotifyResult): string | null {
  return delivery.devices.find((d) => d.error)?.error ?? null;
}
