import type { Kysely } from 'kysely';
import type { Database, DialectName } from '../db/database';
import type { Logger } from '../http/app-env';
import { isWithinWorkingTime } from '../../shared/domain/moment-schedule';
import type { MomentSettings } from '../../shared/schemas/moments';
import { loadMomentSettings } from '../features/moments/moment-settings';
import { rowToSlot } from '../features/moments/moments.repository';
import { deliverNotices, recordNotices, type NotifyResult } from '../features/push/notify';
import type { PushSender } from '../features/push/push-sender';
import type { PersonRow } from '../features/people/people.table';
import { planMissingReminders, planReminders } from './reminder-plan';
import { reminderNotices } from './reminder-content';
import type { ReminderJobRow } from './reminder-jobs.table';

/*
 * The reminder scheduler. Jobs live in reminder_jobs, one per person and slot
 * occurrence (see reminder-plan.ts). Each tick:
 *  1. plans the next occurrence for anyone without a pending job;
 *  2. claims due jobs in batches: on PostgreSQL with FOR UPDATE SKIP LOCKED,
 *     so instances sharing the database never take the same row; SQLite has a
 *     single writer, so its UPDATE … RETURNING claim is atomic as it is;
 *  3. per batch, in one transaction, marks the jobs done (those this instance
 *     still holds the claim of) and stores their notices; then pushes them.
 * Every step works on the whole batch in a few statements, not per job: a
 * reminder costs its encryption and its request, and little else.
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

/** Jobs claimed and worked at once: a few statements per batch, so larger batches spread their cost thinner. */
const BATCH = 200;
const MAX_BATCHES_PER_TICK = 500;
/**
 * Batches worked at once: while one waits for the push service's answers,
 * the next is read, stored and encrypted, so the CPU does not idle on the
 * network. A failed batch is released for later; only that release can throw.
 */
const BATCHES_IN_FLIGHT = 2;
export const LEASE_MS = 5 * 60_000;

/** One scheduler tick at `now`. */
export async function runDueJobs(deps: SchedulerDeps, now: Date): Promise<TickResult> {
  const result: TickResult = { planned: await planMissingReminders(deps.db, now), claimed: 0, outcomes: {} };
  const settings = await loadMomentSettings(deps.db);
  const working = new Set<Promise<void>>();
  const failures: unknown[] = [];
  for (let batch = 0; batch < MAX_BATCHES_PER_TICK && failures.length === 0; batch += 1) {
    // Claims stay one after another (each takes only unclaimed rows); the batches overlap.
    const jobs = await claimDueJobs(deps, now, BATCH);
    if (jobs.length === 0) break;
    result.claimed += jobs.length;
    const work: Promise<void> = runBatch(deps, jobs, settings, now).then(
      (outcomes) => {
        for (const outcome of outcomes) result.outcomes[outcome] = (result.outcomes[outcome] ?? 0) + 1;
      },
      (error: unknown) => {
        // Only releasing a failed batch can throw (the database is gone): the tick ends with it.
        failures.push(error);
      },
    );
    working.add(work);
    void work.then(() => working.delete(work));
    if (working.size >= BATCHES_IN_FLIGHT) await Promise.race(working);
  }
  await Promise.all(working);
  if (failures.length > 0) throw failures[0];
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

async function runBatch(deps: SchedulerDeps, jobs: readonly ReminderJobRow[], settings: MomentSettings, now: Date): Promise<ReminderOutcome[]> {
  try {
    const people = await peopleOf(deps.db, jobs);
    const { skipped, due } = triage(deps.log, jobs, people, settings, now);
    const finishedSkipIds = await finishSkipped(deps, skipped, now);
    const texts = await reminderNotices(deps.db, due.map((d) => d.person), now);
    const notices = due.flatMap(({ job, person }) => {
      const notice = texts.get(person.id);
      return notice ? [{ job, person, notice }] : [];
    });
    const recorded = await deps.db.transaction().execute(async (trx) => {
      const held = await finishJobs(trx, deps.instanceId, notices.map((n) => n.job), 'sending', now);
      const kept = notices.filter((n) => held.has(n.job.id));
      return { kept, notices: await recordNotices(trx, kept, now) };
    });
    const deliveries = await deliverNotices(deps, recorded.notices, settings, now);
    const sent = new Map(recorded.kept.map((n, i) => [n.job.id, outcomeOf(deliveries[i])]));
    await recordOutcomes(deps.db, recorded.kept.map((n, i) => ({ jobId: n.job.id, outcome: outcomeOf(deliveries[i]), error: firstError(deliveries[i]) })));
    const finishedSkips = jobs.filter((job) => finishedSkipIds.has(job.id));
    await planNext(deps.db, [...recorded.kept, ...finishedSkips.filter((job) => skipped.get(job) !== 'left').map((job) => ({ job, person: people.get(job.person_id) }))], now);
    return jobs.map((job) => (skipped.has(job) ? (finishedSkipIds.has(job.id) ? skipped.get(job) : undefined) : sent.get(job.id)) ?? 'lost_claim');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    deps.log.error('reminders failed', { jobIds: jobs.map((j) => j.id), error: message });
    // Released for a later tick; the lease would free them anyway.
    await deps.db
      .updateTable('reminder_jobs')
      .set({ claimed_at: null, claimed_by: null, last_error: message })
      .where('id', 'in', jobs.map((j) => j.id))
      .where('done_at', 'is', null)
      .execute();
    return jobs.map(() => 'inbox');
  }
}

/** Which jobs are sent now, and which are finished without a reminder (and why). */
function triage(log: Logger, jobs: readonly ReminderJobRow[], people: ReadonlyMap<string, PersonRow>, settings: MomentSettings, now: Date) {
  const skipped = new Map<ReminderJobRow, ReminderOutcome>();
  const due: { job: ReminderJobRow; person: PersonRow }[] = [];
  for (const job of jobs) {
    const person = people.get(job.person_id);
    const skip = person ? skipReason(job, person, settings, now) : 'left';
    if (skip === 'dropped') log.warn('reminder dropped: its moment was over before it could be sent', { personId: job.person_id, occurrenceAt: job.occurrence_at });
    if (skip || !person) skipped.set(job, skip ?? 'left');
    else due.push({ job, person });
  }
  return { skipped, due };
}

async function peopleOf(db: Kysely<Database>, jobs: readonly ReminderJobRow[]): Promise<Map<string, PersonRow>> {
  const rows = await db.selectFrom('people').selectAll().where('id', 'in', [...new Set(jobs.map((j) => j.person_id))]).execute();
  return new Map(rows.map((row) => [row.id, row]));
}

/** Marks skipped jobs done with their reason; returns the ids this instance still held. */
async function finishSkipped(deps: SchedulerDeps, skipped: ReadonlyMap<ReminderJobRow, ReminderOutcome>, now: Date): Promise<Set<string>> {
  const finished = new Set<string>();
  for (const outcome of new Set(skipped.values())) {
    const jobs = [...skipped].filter(([, o]) => o === outcome).map(([job]) => job);
    for (const id of await finishJobs(deps.db, deps.instanceId, jobs, outcome, now)) finished.add(id);
  }
  return finished;
}

/** Marks the jobs done that this instance still holds (another may have taken over an expired claim); returns their ids. */
async function finishJobs(db: Kysely<Database>, instanceId: string, jobs: readonly ReminderJobRow[], outcome: string, now: Date): Promise<Set<string>> {
  const held = new Set<string>();
  // One claim batch shares its claim time; grouping by it keeps each job's own lease check.
  for (const claimedAt of new Set(jobs.map((j) => j.claimed_at ?? ''))) {
    const ids = jobs.filter((j) => (j.claimed_at ?? '') === claimedAt).map((j) => j.id);
    if (ids.length === 0) continue;
    // No `done_at is null` here: the claim alone decides (every claim writes a new claimed_at and takes only
    // unfinished jobs), and with it SQLite would walk every pending job through the due index instead of the ids.
    const rows = await db
      .updateTable('reminder_jobs')
      .set({ done_at: now.toISOString(), outcome })
      .where('id', 'in', ids)
      .where('claimed_by', '=', instanceId)
      .where('claimed_at', '=', claimedAt)
      .returning('id')
      .execute();
    for (const row of rows) held.add(row.id);
  }
  return held;
}

/** The sent jobs' outcomes: one statement per outcome, one per job only where a device failed. */
async function recordOutcomes(db: Kysely<Database>, outcomes: readonly { jobId: string; outcome: ReminderOutcome; error: string | null }[]): Promise<void> {
  for (const outcome of new Set(outcomes.filter((o) => o.error === null).map((o) => o.outcome))) {
    const ids = outcomes.filter((o) => o.error === null && o.outcome === outcome).map((o) => o.jobId);
    await db.updateTable('reminder_jobs').set({ outcome, last_error: null }).where('id', 'in', ids).execute();
  }
  for (const { jobId, outcome, error } of outcomes.filter((o) => o.error !== null)) {
    await db.updateTable('reminder_jobs').set({ outcome, last_error: error }).where('id', '=', jobId).execute();
  }
}

function skipReason(job: ReminderJobRow, person: PersonRow, settings: MomentSettings, now: Date): ReminderOutcome | null {
  if (person.left_at !== null) return 'left';
  if (now.toISOString() > job.expires_at) return 'dropped';
  // The send instant counts, not the slot: a late reminder must still fall in work time.
  if (!isWithinWorkingTime(now, person.time_zone, settings)) return 'quiet';
  return null;
}

/** Plans each person's next reminder after the job's occurrence (or now, if later). */
async function planNext(db: Kysely<Database>, done: readonly { job: ReminderJobRow; person: PersonRow | undefined }[], now: Date): Promise<void> {
  const people = done.flatMap(({ job, person }) => (person ? [{ job, person }] : []));
  if (people.length === 0) return;
  const moments = await db.selectFrom('learning_moments').selectAll().where('person_id', 'in', people.map((p) => p.person.id)).execute();
  const momentOf = new Map(moments.map((m) => [m.person_id, m]));
  await planReminders(
    db,
    people.flatMap(({ job, person }) => {
      const moment = momentOf.get(person.id);
      const after = new Date(Math.max(now.getTime(), Date.parse(job.occurrence_at)));
      return moment ? [{ personId: person.id, slot: rowToSlot(moment), timeZone: person.time_zone, after }] : [];
    }),
  );
}

function outcomeOf(delivery: NotifyResult | undefined): ReminderOutcome {
  if (!delivery) return 'inbox';
  if (delivery.outcome === 'pushed') return 'sent';
  return delivery.outcome;
}

function firstError(delivery: NotifyResult | undefined): string | null {
  return delivery?.devices.find((d) => d.error)?.error ?? null;
}
