import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database, DialectName } from '../db/database';
import type { Logger } from '../http/app-env';
import type { Mailer } from '../mail/mailer';
import { isHardBounce, MAIL_CONNECTIONS, smtpCodeOf } from '../mail/mailer';
import { deliveryDecision, isWithinCatchUp, retryDelayMs } from '../../shared/domain/delivery-rules';
import { weekStartInstant } from '../../shared/domain/moment-schedule';
import { nextStepId, renderMessage, waitEnds, type JourneyDefinition, type JourneyStep } from '../../shared/domain/journey';
import type { MomentSettings } from '../../shared/schemas/moments';
import type { Language } from '../../shared/schemas/common';
import { loadMomentSettings } from '../features/moments/moment-settings';
import { deliverNotices, recordNotices, type Notice, type RecordedNotice } from '../features/push/notify';
import type { PushSender } from '../features/push/push-sender';
import type { PersonRow } from '../features/people/people.table';
import { countBudgetUsed } from '../features/push/push.repository';
import { groupMemberIds, journeyAudience } from '../features/journeys/journey-audience';
import { storedDefinition } from '../features/journeys/journeys.service';
import type { JourneyJobRow, JourneyRow } from '../features/journeys/journeys.table';
import { placeholderSources, placeholderValuesOf } from '../features/journeys/journey-placeholders';
import { composeJourneyMail } from '../features/journeys/journey-mail';
import { mailTokensOf, markUndeliverable, undeliverableAmong, unsubscribedTopicsOf, unsubscribeLinks } from '../features/mail-preferences/mail-preferences.service';

/*
 * The journey engine, a scheduled task like the reminders. Each tick:
 *  1. lets people in: for each active journey, whoever its trigger names and
 *     its audience holds gets one entry (the key (journey, person) holds
 *     against a second) and a job for the first step. A saved target group
 *     (the journey's audience, or an "entered the group" trigger) is decided
 *     once per tick per journey, from everyone's group facts at that moment;
 *  2. claims due jobs in batches (FOR UPDATE SKIP LOCKED on PostgreSQL, the
 *     single writer on SQLite), so instances sharing the database never take
 *     the same job, and a claim left by a dead instance expires (LEASE_MS);
 *  3. works each job: a wait plans the next step's job; a branch decides
 *     and plans; a message goes out under the shared delivery rules (the
 *     weekly budget across channels, working time in the person's zone,
 *     left / unsubscribed / erased) or waits for its next allowed moment.
 *     Finishing a job and planning the next is one transaction, and the
 *     next job's key (journey, person, step) is unique: no step twice.
 * A step found later than its catch-up window (every instance was down) is
 * skipped and counted (outcome skipped_late), and the journey goes on.
 * E-mail: a stable Message-ID per job, so a resend after a crash between
 * the SMTP server's "250" and the commit is recognisably the same message;
 * a 5xx marks the address undeliverable, a 4xx is retried with backoff.
 */

export interface JourneyEngineDeps {
  db: Kysely<Database>;
  dialect: DialectName;
  mailer: Mailer;
  sender: PushSender;
  log: Logger;
  publicUrl: string;
  instanceId: string;
  /** How long a claim holds before another instance may take the job over (default JOURNEY_LEASE_MS). */
  leaseMs?: number;
}

export type JourneyOutcome =
  | 'sent'
  | 'inbox'
  | 'bounced'
  | 'retry'
  | 'failed'
  | 'waiting'
  | 'waited'
  | 'branched'
  | 'skipped_late'
  | 'goal'
  | 'left'
  | 'erased'
  | 'unsubscribed'
  | 'undeliverable'
  | 'exited'
  | 'lost_claim';

export interface JourneyTickResult {
  entered: number;
  claimed: number;
  outcomes: Partial<Record<JourneyOutcome, number>>;
}

type MessageStep = Extract<JourneyStep, { kind: 'email' | 'push' | 'in_app' }>;

const BATCH = 200;
const MAX_BATCHES_PER_TICK = 500;
export const JOURNEY_LEASE_MS = 5 * 60_000;
const MAX_SOFT_ATTEMPTS = 6;
const MESSAGE_KINDS = new Set(['email', 'push', 'in_app']);

/** One tick of the journey engine at `now`. */
export async function runJourneys(deps: JourneyEngineDeps, now: Date): Promise<JourneyTickResult> {
  const journeys = await deps.db.selectFrom('journeys').selectAll().execute();
  const active = journeys.filter((j) => j.status === 'active');
  let entered = 0;
  for (const journey of active) entered += await enterPeople(deps.db, journey, now);
  const result: JourneyTickResult = { entered, claimed: 0, outcomes: {} };
  const byId = new Map(journeys.map((j) => [j.id, { row: j, definition: storedDefinition(j) }]));
  const settings = await loadMomentSettings(deps.db);
  for (let batch = 0; batch < MAX_BATCHES_PER_TICK; batch += 1) {
    const jobs = await claimDueJourneyJobs(deps, now, BATCH);
    if (jobs.length === 0) break;
    result.claimed += jobs.length;
    for (const outcome of await runBatch(deps, jobs, byId, settings, now)) result.outcomes[outcome] = (result.outcomes[outcome] ?? 0) + 1;
  }
  return result;
}

/** Claims up to `limit` due jobs of active journeys for this instance. */
export async function claimDueJourneyJobs(deps: Pick<JourneyEngineDeps, 'db' | 'dialect' | 'instanceId' | 'leaseMs'>, now: Date, limit: number): Promise<JourneyJobRow[]> {
  const nowIso = now.toISOString();
  const due = deps.db
    .selectFrom('journey_jobs')
    .select('journey_jobs.id')
    .where('journey_jobs.done_at', 'is', null)
    .where('journey_jobs.due_at', '<=', nowIso)
    .where('journey_jobs.journey_id', 'in', deps.db.selectFrom('journeys').select('id').where('status', '=', 'active'))
    .where((eb) => eb.or([eb('journey_jobs.claimed_at', 'is', null), eb('journey_jobs.claimed_at', '<', new Date(now.getTime() - (deps.leaseMs ?? JOURNEY_LEASE_MS)).toISOString())]))
    .orderBy('journey_jobs.due_at')
    .limit(limit);
  return deps.db
    .updateTable('journey_jobs')
    .set((eb) => ({ claimed_at: nowIso, claimed_by: deps.instanceId, attempt: eb('attempt', '+', 1) }))
    .where('id', 'in', deps.dialect === 'postgres' ? due.forUpdate().skipLocked() : due)
    .returningAll()
    .execute();
}

/** The people the trigger names now who are not in the journey yet (before the audience filter). */
function candidates(db: Kysely<Database>, journey: JourneyRow, definition: JourneyDefinition, now: Date) {
  const since = journey.activated_at ?? now.toISOString();
  let query = db
    .selectFrom('people')
    .selectAll('people')
    .where('people.left_at', 'is', null)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('journey_entries').select('journey_entries.person_id').whereRef('journey_entries.person_id', '=', 'people.id').where('journey_entries.journey_id', '=', journey.id))));
  const trigger = definition.trigger;
  switch (trigger.kind) {
    case 'joined':
      return query.where('people.joined_at', '>=', since);
    case 'completed_item':
      return query.where((eb) =>
        eb.exists(eb.selectFrom('item_completions').select('item_completions.person_id').whereRef('item_completions.person_id', '=', 'people.id').where('item_completions.item_id', '=', trigger.itemId).where('item_completions.completed_at', '>=', since)),
      );
    case 'inactive_weeks': {
      const cutoff = new Date(now.getTime() - trigger.weeks * 7 * 86_400_000).toISOString();
      return query
        .where('people.joined_at', '<', cutoff)
        .where((eb) => eb.not(eb.exists(eb.selectFrom('learning_events').select('learning_events.person_id').whereRef('learning_events.person_id', '=', 'people.id').where('learning_events.occurred_at', '>=', cutoff))));
    }
    case 'date':
      return trigger.at <= now.toISOString() ? query : null;
    case 'campaign_kickoff':
      query = query.where((eb) => eb.exists(eb.selectFrom('campaigns').select('campaigns.id').where('campaigns.id', '=', trigger.campaignId).where('campaigns.kickoff_at', '<=', now.toISOString())));
      return query;
    case 'entered_group':
      // Everyone not in yet: enterPeople keeps the group's current members (decided from their facts once per tick).
      return query;
  }
}

/** Lets in whoever the trigger and audience hold now; returns how many entered. */
export async function enterPeople(db: Kysely<Database>, journey: JourneyRow, now: Date): Promise<number> {
  const definition = storedDefinition(journey);
  const first = definition.steps[0];
  // Nothing to decide while the trigger names nobody (a date still to come): no group is worked out then either.
  if (!first || candidates(db, journey, definition, now) === null) return 0;
  const { trigger } = definition;
  // A group holds no list of members: whoever its rules hold now "entered" it, once (the entry key sees to that).
  const inTriggerGroup = trigger.kind === 'entered_group' ? await groupMemberIds(db, trigger.groupId, now) : null;
  if (inTriggerGroup?.size === 0) return 0;
  const inAudience = await journeyAudience(db, journey, now);
  let entered = 0;
  let after = '';
  for (;;) {
    const query = candidates(db, journey, definition, now);
    if (!query) return entered;
    const page = await query.where('people.id', '>', after).orderBy('people.id').limit(1000).execute();
    if (page.length === 0) return entered;
    after = page[page.length - 1]?.id ?? after;
    const people = page.filter((p) => (inTriggerGroup === null || inTriggerGroup.has(p.id)) && inAudience(p));
    if (people.length === 0) continue;
    await db.transaction().execute(async (trx) => {
      const inserted = await trx
        .insertInto('journey_entries')
        .values(people.map((p) => ({ journey_id: journey.id, person_id: p.id, entered_at: now.toISOString(), exited_at: null, exit_reason: null })))
        .onConflict((oc) => oc.columns(['journey_id', 'person_id']).doNothing())
        .returning('person_id')
        .execute();
      await insertJobs(trx, journey.id, first, inserted.map((r) => r.person_id), now);
      entered += inserted.length;
    });
  }
}

async function insertJobs(db: Kysely<Database> | Transaction<Database>, journeyId: string, step: JourneyStep, personIds: readonly string[], dueAt: Date): Promise<void> {
  for (let i = 0; i < personIds.length; i += 500) {
    const chunk = personIds.slice(i, i + 500);
    if (chunk.length === 0) continue;
    await db
      .insertInto('journey_jobs')
      .values(
        chunk.map((personId) => ({
          id: randomUUID(),
          journey_id: journeyId,
          person_id: personId,
          step_id: step.id,
          channel: MESSAGE_KINDS.has(step.kind) ? step.kind : null,
          due_at: dueAt.toISOString(),
          first_due_at: dueAt.toISOString(),
          claimed_at: null,
          claimed_by: null,
          attempt: 0,
          done_at: null,
          outcome: null,
          last_error: null,
          link_code: MESSAGE_KINDS.has(step.kind) ? randomBytes(9).toString('base64url') : null,
          clicked_at: null,
        })),
      )
      .onConflict((oc) => oc.columns(['journey_id', 'person_id', 'step_id']).doNothing())
      .execute();
  }
}

interface Loaded {
  row: JourneyRow;
  definition: JourneyDefinition;
}

/** What happens to one job: finished with an outcome (and maybe a next step), or put back for later. */
type Plan =
  | { kind: 'finish'; outcome: JourneyOutcome; next: { stepId: string | null; dueAt: Date } | null; exit?: string }
  | { kind: 'later'; dueAt: Date; outcome: JourneyOutcome; error?: string; resetWindow: boolean }
  | { kind: 'message'; step: Extract<JourneyStep, { kind: 'email' | 'push' | 'in_app' }> };

async function runBatch(deps: JourneyEngineDeps, jobs: readonly JourneyJobRow[], journeys: ReadonlyMap<string, Loaded>, settings: MomentSettings, now: Date): Promise<JourneyOutcome[]> {
  const personIds = [...new Set(jobs.map((j) => j.person_id))];
  const [people, entries, completions, unsubscribed, undeliverable, budget, sources, tokens] = await Promise.all([
    deps.db.selectFrom('people').selectAll().where('id', 'in', personIds).execute(),
    deps.db.selectFrom('journey_entries').select(['journey_id', 'person_id', 'exited_at']).where('person_id', 'in', personIds).execute(),
    deps.db.selectFrom('item_completions').select(['person_id', 'item_id']).where('person_id', 'in', personIds).execute(),
    unsubscribedTopicsOf(deps.db, personIds),
    undeliverableAmong(deps.db, personIds),
    budgetOf(deps.db, jobs, now),
    placeholderSources(deps.db, personIds),
    jobs.some((j) => j.channel === 'email') ? mailTokensOf(deps.db, personIds) : Promise.resolve(new Map<string, string>()),
  ]);
  const personOf = new Map(people.map((p) => [p.id, p]));
  const exited = new Set(entries.filter((e) => e.exited_at !== null).map((e) => `${e.journey_id}:${e.person_id}`));
  const completed = new Set(completions.map((c) => `${c.person_id}:${c.item_id}`));
  const clicked = await clickedBefore(deps.db, jobs);

  const plans = jobs.map((job): Plan => {
    const journey = journeys.get(job.journey_id);
    const person = personOf.get(job.person_id);
    if (!journey || !person) return { kind: 'finish', outcome: 'erased', next: null, exit: 'erased' };
    if (exited.has(`${job.journey_id}:${job.person_id}`)) return { kind: 'finish', outcome: 'exited', next: null };
    if (person.left_at !== null) return { kind: 'finish', outcome: 'left', next: null, exit: 'left' };
    const { definition } = journey;
    const goal = definition.goal;
    if (goal && ((goal.kind === 'joined' && person.joined_at !== null) || (goal.kind === 'completed_item' && completed.has(`${person.id}:${goal.itemId}`)))) {
      return { kind: 'finish', outcome: 'goal', next: null, exit: 'goal' };
    }
    const step = definition.steps.find((s) => s.id === job.step_id);
    if (!step) return { kind: 'finish', outcome: 'exited', next: null, exit: 'finished' };
    const after = (holds = false) => nextStepId(definition.steps, step.id, holds);
    if (step.kind === 'wait_days' || step.kind === 'wait_until') {
      return { kind: 'finish', outcome: 'waited', next: { stepId: after(), dueAt: waitEnds(step, new Date(job.due_at), person.time_zone, settings) } };
    }
    if (step.kind === 'branch') {
      const c = step.condition;
      const holds = c.kind === 'joined' ? person.joined_at !== null : c.kind === 'completed_item' ? completed.has(`${person.id}:${c.itemId}`) : clicked.has(job.id);
      return { kind: 'finish', outcome: 'branched', next: { stepId: after(holds), dueAt: now } };
    }
    if (!isWithinCatchUp(new Date(job.first_due_at), now, definition.catchUpHours)) {
      deps.log.warn('journey step skipped: its moment passed longer ago than the catch-up window', { journeyId: job.journey_id, stepId: job.step_id, personId: job.person_id, dueAt: job.first_due_at });
      return { kind: 'finish', outcome: 'skipped_late', next: { stepId: after(), dueAt: now } };
    }
    if (step.kind === 'email') {
      if (!person.email || undeliverable.has(person.id)) return { kind: 'finish', outcome: 'undeliverable', next: { stepId: after(), dueAt: now } };
    }
    const decision = deliveryDecision(
      { timeZone: person.time_zone, leftAt: person.left_at, erased: false, unsubscribedTopics: step.kind === 'email' ? (unsubscribed.get(person.id) ?? []) : [] },
      { now, rules: settings, weeklyBudget: settings.weeklyPushCap, sentAt: budget.get(person.id) ?? [], topic: 'journeys' },
    );
    if (decision.kind === 'never') return { kind: 'finish', outcome: decision.reason === 'unsubscribed' ? 'unsubscribed' : 'left', next: null, exit: decision.reason };
    if (decision.kind === 'wait') return { kind: 'later', dueAt: decision.until, outcome: 'waiting', resetWindow: true };
    // Taken from the budget now, so later jobs of this batch for the same person see it.
    budget.set(person.id, [...(budget.get(person.id) ?? []), now]);
    return { kind: 'message', step };
  });

  const outcomes: JourneyOutcome[] = new Array<JourneyOutcome>(jobs.length).fill('lost_claim');
  // Everything but e-mail is decided and stored in one transaction: finishing, the next step, the inbox notices.
  const notices: { index: number; job: JourneyJobRow; person: PersonRow; notice: Notice; channel: 'push' | 'in_app' }[] = [];
  const mails: { index: number; job: JourneyJobRow; person: PersonRow; step: MessageStep }[] = [];
  plans.forEach((plan, index) => {
    const job = jobs[index] as JourneyJobRow;
    const person = personOf.get(job.person_id);
    if (plan.kind !== 'message' || !person) return;
    if (plan.step.kind === 'email') {
      mails.push({ index, job, person, step: plan.step });
      return;
    }
    const language = languageFor(person, plan.step);
    const text = plan.step.texts[language];
    if (!text) return;
    const link = linkOf(deps.publicUrl, job);
    const rendered = renderMessage(text, placeholderValuesOf(sources, person, language, link, now));
    notices.push({
      index,
      job,
      person,
      channel: plan.step.kind,
      notice: { kind: 'journey', title: rendered.hook, body: rendered.body, url: appPathOf(plan.step.itemId, job), tag: `journey-${job.journey_id}`, ttlSeconds: 86_400, urgency: 'normal' },
    });
  });

  const recorded = await deps.db.transaction().execute(async (trx) => {
    for (const [index, plan] of plans.entries()) {
      const job = jobs[index] as JourneyJobRow;
      if (plan.kind === 'finish') {
        if (await finish(trx, deps, job, plan.outcome, now)) {
          outcomes[index] = plan.outcome;
          await afterFinish(trx, journeys, job, plan.next, plan.exit, now);
        }
      } else if (plan.kind === 'later') {
        if (await putBack(trx, deps, job, plan.dueAt, plan.resetWindow, plan.error ?? null)) outcomes[index] = plan.outcome;
      }
    }
    const kept: typeof notices = [];
    for (const n of notices) {
      if (!(await finish(trx, deps, n.job, n.channel === 'push' ? 'sent' : 'inbox', now))) continue;
      kept.push(n);
      outcomes[n.index] = 'sent';
      if (n.channel === 'in_app') await trx.insertInto('delivery_ledger').values({ id: randomUUID(), person_id: n.person.id, channel: 'in_app', source: 'journey', sent_at: now.toISOString() }).execute();
      await afterFinish(trx, journeys, n.job, { stepId: nextStepId(journeys.get(n.job.journey_id)?.definition.steps ?? [], n.job.step_id), dueAt: now }, undefined, now);
    }
    return { kept, recorded: await recordNotices(trx, kept.map((n) => ({ person: n.person, notice: n.notice })), now) };
  });
  const pushes = recorded.recorded.filter((_, i) => recorded.kept[i]?.channel === 'push');
  if (pushes.length > 0) await pushAndRecord(deps, pushes, recorded.kept.filter((n) => n.channel === 'push'), settings, now);

  // E-mail: sent first, finished after, in as many lanes as the pool has connections. A lane hands over its next
  // mail only once the last one is recorded, so a crash leaves at most one accepted-but-unrecorded mail per lane to
  // go again (as the same Message-ID), however slow the database is at that moment.
  let next = 0;
  const lane = async () => {
    for (let m = mails[next++]; m; m = mails[next++]) outcomes[m.index] = await sendMail(deps, journeys, m.job, m.person, m.step, sources, tokens, now);
  };
  await Promise.all(Array.from({ length: Math.min(MAIL_CONNECTIONS, mails.length) }, lane));
  return outcomes;
}

/** Pushes the recorded journey notices; a push no device took stays in the inbox as an in-app card (and counts as one). */
async function pushAndRecord(deps: JourneyEngineDeps, notices: RecordedNotice[], kept: readonly { job: JourneyJobRow }[], settings: MomentSettings, now: Date): Promise<void> {
  const results = await deliverNotices(deps, notices, settings, now);
  const inbox = results.flatMap((r, i) => (r.outcome === 'pushed' ? [] : [{ job: kept[i]?.job, person: notices[i]?.person }]));
  for (const { job, person } of inbox) {
    if (!job || !person) continue;
    await deps.db.updateTable('journey_jobs').set({ outcome: 'inbox' }).where('id', '=', job.id).execute();
    await deps.db.insertInto('delivery_ledger').values({ id: randomUUID(), person_id: person.id, channel: 'in_app', source: 'journey', sent_at: now.toISOString() }).execute();
  }
}

async function sendMail(
  deps: JourneyEngineDeps,
  journeys: ReadonlyMap<string, Loaded>,
  job: JourneyJobRow,
  person: PersonRow,
  step: MessageStep,
  sources: Awaited<ReturnType<typeof placeholderSources>>,
  tokens: ReadonlyMap<string, string>,
  now: Date,
): Promise<JourneyOutcome> {
  const language = languageFor(person, step);
  const text = step.texts[language];
  const next = { stepId: nextStepId(journeys.get(job.journey_id)?.definition.steps ?? [], job.step_id), dueAt: now };
  if (!text || !person.email) return finishAlone(deps, journeys, job, 'undeliverable', next, now);
  const links = unsubscribeLinks(deps.publicUrl, tokens.get(person.id) ?? '', 'journeys');
  const rendered = renderMessage(text, placeholderValuesOf(sources, person, language, linkOf(deps.publicUrl, job), now));
  const mail = composeJourneyMail(rendered, language, links.preferences);
  try {
    await deps.mailer.send({ to: person.email, ...mail, headers: { ...links.headers, 'X-Leerlust-Journey': job.journey_id }, messageId: `<journey.${job.id}@${new URL(deps.publicUrl).hostname}>` });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (isHardBounce(error)) {
      await markUndeliverable(deps.db, person.id, message, now);
      deps.log.warn('journey e-mail: permanent rejection, address marked undeliverable', { personId: person.id, code: smtpCodeOf(error) });
      return finishAlone(deps, journeys, job, 'bounced', next, now, message);
    }
    if (job.attempt >= MAX_SOFT_ATTEMPTS) return finishAlone(deps, journeys, job, 'failed', next, now, message);
    // A temporary failure (4xx, a dropped connection): again later, with backoff, outside the catch-up window's count.
    const held = await putBack(deps.db, deps, job, new Date(now.getTime() + retryDelayMs(job.attempt)), false, message);
    return held ? 'retry' : 'lost_claim';
  }
  return deps.db.transaction().execute(async (trx) => {
    if (!(await finish(trx, deps, job, 'sent', now))) return 'lost_claim';
    await trx.insertInto('delivery_ledger').values({ id: randomUUID(), person_id: person.id, channel: 'email', source: 'journey', sent_at: now.toISOString() }).execute();
    await afterFinish(trx, journeys, job, next, undefined, now);
    return 'sent';
  });
}

async function finishAlone(deps: JourneyEngineDeps, journeys: ReadonlyMap<string, Loaded>, job: JourneyJobRow, outcome: JourneyOutcome, next: { stepId: string | null; dueAt: Date }, now: Date, error?: string): Promise<JourneyOutcome> {
  return deps.db.transaction().execute(async (trx) => {
    if (!(await finish(trx, deps, job, outcome, now, error))) return 'lost_claim';
    await afterFinish(trx, journeys, job, next, undefined, now);
    return outcome;
  });
}

/** Marks the job done if this instance still holds its claim; false if another took it over. */
async function finish(db: Kysely<Database> | Transaction<Database>, deps: Pick<JourneyEngineDeps, 'instanceId'>, job: JourneyJobRow, outcome: string, now: Date, error?: string): Promise<boolean> {
  const rows = await db
    .updateTable('journey_jobs')
    .set({ done_at: now.toISOString(), outcome, last_error: error ?? null })
    .where('id', '=', job.id)
    .where('done_at', 'is', null)
    .where('claimed_by', '=', deps.instanceId)
    .where('claimed_at', '=', job.claimed_at)
    .returning('id')
    .execute();
  return rows.length > 0;
}

/** Puts a job back for `dueAt` (quiet hours, the budget, a retry); a postponed moment restarts the catch-up window. */
async function putBack(db: Kysely<Database> | Transaction<Database>, deps: Pick<JourneyEngineDeps, 'instanceId'>, job: JourneyJobRow, dueAt: Date, resetWindow: boolean, error: string | null): Promise<boolean> {
  const rows = await db
    .updateTable('journey_jobs')
    .set({ due_at: dueAt.toISOString(), ...(resetWindow && { first_due_at: dueAt.toISOString() }), claimed_at: null, claimed_by: null, last_error: error, ...(resetWindow && { attempt: 0 }) })
    .where('id', '=', job.id)
    .where('done_at', 'is', null)
    .where('claimed_by', '=', deps.instanceId)
    .where('claimed_at', '=', job.claimed_at)
    .returning('id')
    .execute();
  return rows.length > 0;
}

/** Plans the next step, or ends the person's journey (finished, or the reason they left it). */
async function afterFinish(trx: Transaction<Database>, journeys: ReadonlyMap<string, Loaded>, job: JourneyJobRow, next: { stepId: string | null; dueAt: Date } | null, exit: string | undefined, now: Date): Promise<void> {
  const step = next?.stepId ? journeys.get(job.journey_id)?.definition.steps.find((s) => s.id === next.stepId) : undefined;
  if (step && next) {
    await insertJobs(trx, job.journey_id, step, [job.person_id], next.dueAt);
    return;
  }
  if (exit === undefined && next === null) return;
  await trx
    .updateTable('journey_entries')
    .set({ exited_at: now.toISOString(), exit_reason: exit ?? 'finished' })
    .where('journey_id', '=', job.journey_id)
    .where('person_id', '=', job.person_id)
    .where('exited_at', 'is', null)
    .execute();
}

/** Per person, the instants of their budgeted messages this week (any sender, any channel). */
async function budgetOf(db: Kysely<Database>, jobs: readonly JourneyJobRow[], now: Date): Promise<Map<string, Date[]>> {
  const people = await db.selectFrom('people').select(['id', 'time_zone']).where('id', 'in', [...new Set(jobs.map((j) => j.person_id))]).execute();
  return countBudgetUsed(db, people.map((p) => ({ personId: p.id, since: weekStartInstant(now, p.time_zone) })));
}

/** Which branch jobs' people clicked the message step just before them in the journey ("opened the previous message?"). */
async function clickedBefore(db: Kysely<Database>, jobs: readonly JourneyJobRow[]): Promise<Set<string>> {
  const branches = jobs.filter((j) => j.channel === null);
  if (branches.length === 0) return new Set();
  const rows = await db
    .selectFrom('journey_jobs')
    .select(['journey_id', 'person_id', 'done_at', 'clicked_at'])
    .where('person_id', 'in', [...new Set(branches.map((j) => j.person_id))])
    .where('channel', 'is not', null)
    .where('done_at', 'is not', null)
    .execute();
  const result = new Set<string>();
  for (const branch of branches) {
    const previous = rows
      .filter((r) => r.journey_id === branch.journey_id && r.person_id === branch.person_id)
      .sort((a, b) => ((a.done_at ?? '') < (b.done_at ?? '') ? 1 : -1))[0];
    if (previous?.clicked_at) result.add(branch.id);
  }
  return result;
}

function languageFor(person: PersonRow, step: Extract<JourneyStep, { kind: 'email' | 'push' | 'in_app' }>): Language {
  return step.texts[person.language] ? person.language : person.language === 'nl' ? 'en' : 'nl';
}

const linkOf = (publicUrl: string, job: JourneyJobRow) => `${publicUrl}/api/j/${job.link_code ?? ''}`;
/** The app path a journey push or card opens: its short link, which counts the click and leads on to the item. */
const appPathOf = (_itemId: string | null | undefined, job: JourneyJobRow) => `/api/j/${job.link_code ?? ''}`;
