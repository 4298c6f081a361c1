import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { AppDeps } from '../../http/app-env';
import { AppError } from '../../http/app-error';
import { journeyProblems, journeyTimeline, renderMessage, type JourneyDefinition, type JourneyProblem } from '../../../shared/domain/journey';
import { journeyInputSchema, journeySchema, type Journey, type JourneyFigures, type JourneyInput, type JourneyPreview } from '../../../shared/schemas/journeys';
import { targetGroupsSchema } from '../../../shared/schemas/audience';
import type { Language } from '../../../shared/schemas/common';
import { loadMomentSettings } from '../moments/moment-settings';
import type { PersonRow } from '../people/people.table';
import { storedJourneyAudience } from './journey-audience';
import type { JourneyRow } from './journeys.table';
import { placeholderValuesFor } from './journey-placeholders';
import { composeJourneyMail } from './journey-mail';
import { findSourceOf, registerSource } from '../attribution/attribution.service';
import { findGroup } from '../target-groups/target-groups.repository';

type Deps = Pick<AppDeps, 'db' | 'config' | 'mailer' | 'log'>;

function problemText(problem: JourneyProblem): string {
  switch (problem.code) {
    case 'cycle':
      return `step ${problem.stepId} leads back to itself (a loop)`;
    case 'negative_wait':
      return `step ${problem.stepId} waits a negative number of days`;
    case 'missing_text':
      return `step ${problem.stepId} has no complete ${problem.language.toUpperCase()} text`;
    case 'unknown_placeholder':
      return `step ${problem.stepId} uses {{${problem.placeholder}}}, which does not exist (firstName, wiifm, nextMoment, itemLink do)`;
    case 'hook_too_long':
      return `step ${problem.stepId}'s ${problem.language.toUpperCase()} hook is longer than 140 characters`;
    case 'unknown_step':
      return `step ${problem.stepId} branches to ${problem.target}, which does not exist`;
    case 'duplicate_step':
      return `step id ${problem.stepId} is used twice`;
    case 'no_steps':
      return 'a journey needs at least one step';
    case 'bad_time':
      return `step ${problem.stepId} waits until a weekday 1–7 and a time HH:MM`;
  }
}

function definitionOf(input: JourneyInput): JourneyDefinition {
  return { trigger: input.trigger, steps: input.steps, goal: input.goal, catchUpHours: input.catchUpHours };
}

/** Refuses an unsendable journey with every problem named; nothing is stored. */
function checked(input: JourneyInput): JourneyDefinition {
  const definition = definitionOf(input);
  const problems = journeyProblems(definition);
  if (problems.length > 0) throw new AppError(422, 'invalid_journey', `This journey cannot be sent: ${problems.map(problemText).join('; ')}`);
  return definition;
}

const isEmptyAudience = (audience: JourneyInput['audience']) => Object.values(audience).every((list) => list.length === 0);

/**
 * Refuses a journey that names a saved group that does not exist (as its
 * audience or in its trigger), or that is for a group and also lists
 * departments, teams, roles or languages: the group's rules alone decide
 * who it is for, so the two may not quietly disagree. Nothing is stored.
 */
async function checkGroups(db: Kysely<Database>, input: JourneyInput): Promise<void> {
  if (input.groupId !== null && !isEmptyAudience(input.audience)) {
    throw new AppError(422, 'audience_and_group', 'A journey for a saved target group takes its rules from the group: leave its departments, teams, roles and languages empty');
  }
  const named = [input.groupId, input.trigger.kind === 'entered_group' ? input.trigger.groupId : null, ...input.audience.groupIds].filter((id): id is string => id !== null);
  const missing: string[] = [];
  for (const id of new Set(named)) if (!(await findGroup(db, id))) missing.push(id);
  if (missing.length > 0) throw new AppError(422, 'unknown_group', `No such target group: ${missing.join(', ')}`);
}

/** A stored journey's definition (checked when it was stored). */
export function storedDefinition(row: Pick<JourneyRow, 'definition'>): JourneyDefinition {
  return JSON.parse(row.definition) as JourneyDefinition;
}

function rowToJourney(row: JourneyRow): Journey {
  const definition = storedDefinition(row);
  const audience = targetGroupsSchema.safeParse(JSON.parse(row.audience));
  return journeySchema.parse({
    id: row.id,
    name: row.name,
    status: row.status,
    trigger: definition.trigger,
    steps: definition.steps,
    goal: definition.goal,
    catchUpHours: definition.catchUpHours,
    audience: audience.success ? audience.data : { departmentIds: [], teamIds: [], roles: [], languages: [] },
    groupId: row.group_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    activatedAt: row.activated_at,
  });
}

export async function listJourneys(db: Kysely<Database>): Promise<{ journeys: Journey[] }> {
  const rows = await db.selectFrom('journeys').selectAll().orderBy('created_at').orderBy('id').execute();
  return { journeys: rows.map(rowToJourney) };
}

async function journeyRow(db: Kysely<Database>, id: string): Promise<JourneyRow> {
  const row = await db.selectFrom('journeys').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError(404, 'not_found', 'No such journey');
  return row;
}

export async function getJourney(db: Kysely<Database>, id: string): Promise<Journey> {
  return rowToJourney(await journeyRow(db, id));
}

/** Each message step is an attribution source (kind journey_step): its link's clicks and the sign-ups it brought are credited to it. */
async function registerStepSources(db: Kysely<Database>, id: string, name: string, definition: JourneyDefinition, now: Date): Promise<void> {
  for (const step of definition.steps) {
    if (!(step.kind === 'email' || step.kind === 'push' || step.kind === 'in_app')) continue;
    const refId = `${id}:${step.id}`;
    if (!(await findSourceOf(db, 'journey_step', refId))) await registerSource(db, { kind: 'journey_step', refId, campaignId: null, label: `${name}: ${step.id}` }, now);
  }
}

export async function createJourney(db: Kysely<Database>, input: JourneyInput, now: Date): Promise<{ id: string }> {
  const definition = checked(input);
  await checkGroups(db, input);
  const id = randomUUID();
  await registerStepSources(db, id, input.name, definition, now);
  await db
    .insertInto('journeys')
    .values({ id, name: input.name, status: 'draft', definition: JSON.stringify(definition), audience: storedJourneyAudience(input.audience), group_id: input.groupId, created_at: now.toISOString(), updated_at: now.toISOString(), activated_at: null })
    .execute();
  return { id };
}

export async function updateJourney(db: Kysely<Database>, id: string, input: JourneyInput, now: Date): Promise<Journey> {
  await journeyRow(db, id);
  const definition = checked(input);
  await checkGroups(db, input);
  await registerStepSources(db, id, input.name, definition, now);
  await db
    .updateTable('journeys')
    .set({ name: input.name, definition: JSON.stringify(definition), audience: storedJourneyAudience(input.audience), group_id: input.groupId, updated_at: now.toISOString() })
    .where('id', '=', id)
    .execute();
  return getJourney(db, id);
}

/** Activating lets people in from now on (for "joined" and "completed" triggers: from this moment). */
export async function setJourneyStatus(db: Kysely<Database>, id: string, status: Journey['status'], now: Date): Promise<Journey> {
  const row = await journeyRow(db, id);
  await db
    .updateTable('journeys')
    .set({ status, updated_at: now.toISOString(), activated_at: status === 'active' ? (row.activated_at ?? now.toISOString()) : row.activated_at })
    .where('id', '=', id)
    .execute();
  return getJourney(db, id);
}

/** Both languages of every message, filled in for `admin` as the sample person, and their timeline. */
export async function previewJourney(deps: Deps, id: string, admin: PersonRow, now: Date): Promise<JourneyPreview> {
  const row = await journeyRow(deps.db, id);
  const definition = storedDefinition(row);
  const settings = await loadMomentSettings(deps.db);
  const values = await placeholderValuesFor(deps.db, deps.config.publicUrl, admin, null, now);
  const messages = definition.steps.flatMap((step) =>
    step.kind === 'email' || step.kind === 'push' || step.kind === 'in_app'
      ? (['nl', 'en'] as const).flatMap((language) => {
          const text = step.texts[language];
          if (!text) return [];
          const rendered = renderMessage(text, { ...values[language], itemLink: `${deps.config.publicUrl}/api/j/preview` });
          return [{ stepId: step.id, kind: step.kind, language, subject: rendered.subject, hook: rendered.hook, body: rendered.body }];
        })
      : [],
  );
  return { messages, timeline: journeyTimeline(definition.steps, now, admin.time_zone, settings), timeZone: admin.time_zone };
}

/** One step to the admin themselves, in the chosen language: outside the budget, the ledger and the figures. */
export async function testSendJourney(deps: Deps, id: string, admin: PersonRow, stepId: string, language: Language, now: Date): Promise<void> {
  const definition = storedDefinition(await journeyRow(deps.db, id));
  const step = definition.steps.find((s) => s.id === stepId);
  if (!step || !(step.kind === 'email' || step.kind === 'push' || step.kind === 'in_app')) throw new AppError(422, 'not_a_message', 'That step sends no message');
  const text = step.texts[language];
  if (!text) throw new AppError(422, 'missing_text', `That step has no ${language.toUpperCase()} text`);
  if (!admin.email) throw new AppError(422, 'no_email', 'You have no e-mail address to send a test to');
  const values = await placeholderValuesFor(deps.db, deps.config.publicUrl, admin, null, now);
  const rendered = renderMessage(text, { ...values[language], itemLink: `${deps.config.publicUrl}/api/j/preview` });
  const mail = composeJourneyMail(rendered, language, null, `[Test] `);
  await deps.mailer.send({ to: admin.email, ...mail });
}

/** The journey's figures: people who entered, reached the goal or left it, and per step what went out and what came of it. */
export async function journeyFigures(db: Kysely<Database>, id: string): Promise<JourneyFigures> {
  const row = await journeyRow(db, id);
  const definition = storedDefinition(row);
  const [entries, jobs] = await Promise.all([
    db
      .selectFrom('journey_entries')
      .select((eb) => ['exit_reason', eb.fn.countAll<number | string>().as('n')])
      .where('journey_id', '=', id)
      .groupBy('exit_reason')
      .execute(),
    db
      .selectFrom('journey_jobs')
      .select((eb) => ['step_id', 'channel', 'outcome', eb.fn.countAll<number | string>().as('n'), eb.fn.count<number | string>('clicked_at').as('clicked')])
      .where('journey_id', '=', id)
      .groupBy(['step_id', 'channel', 'outcome'])
      .execute(),
  ]);
  const count = (reason: string | null) => entries.filter((e) => e.exit_reason === reason).reduce((sum, e) => sum + Number(e.n), 0);
  const sentPerChannel = { email: 0, push: 0, in_app: 0 };
  const SENT = new Set(['sent', 'inbox', 'bounced']);
  for (const job of jobs) if (job.channel && SENT.has(job.outcome ?? '') && job.outcome !== 'bounced' && job.channel in sentPerChannel) sentPerChannel[job.channel as keyof typeof sentPerChannel] += Number(job.n);
  return {
    entered: entries.reduce((sum, e) => sum + Number(e.n), 0),
    goalReached: count('goal'),
    exited: entries.filter((e) => e.exit_reason !== null).reduce((sum, e) => sum + Number(e.n), 0),
    unsubscribed: count('unsubscribed'),
    sentPerChannel,
    steps: definition.steps.map((step) => {
      const mine = jobs.filter((j) => j.step_id === step.id);
      const sum = (outcomes: readonly (string | null)[]) => mine.filter((j) => outcomes.includes(j.outcome)).reduce((s, j) => s + Number(j.n), 0);
      return {
        stepId: step.id,
        kind: step.kind,
        sent: sum(['sent', 'inbox']),
        // Accepted by the receiving mail server, pushed to a device, or put in the inbox.
        delivered: sum(['sent', 'inbox']),
        bounced: sum(['bounced']),
        clicked: mine.reduce((s, j) => s + Number(j.clicked), 0),
        skippedLate: sum(['skipped_late']),
        waiting: sum([null]),
      };
    }),
  };
}

export { journeyInputSchema };
