import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { AppDeps } from '../../http/app-env';
import { AppError, notFound } from '../../http/app-error';
import { csvText } from '../../../shared/domain/csv-cell';
import { nextEvaluation, type DueEvaluation } from '../../../shared/domain/evaluation-eligibility';
import { disclosure } from '../../../shared/domain/evaluation-disclosure';
import { answerFits, summariseQuestion, type StoredResponse } from '../../../shared/domain/evaluation-results';
import { localDateIn } from '../../../shared/domain/local-date';
import type { Language } from '../../../shared/schemas/common';
import {
  evaluationAnswerSchema,
  evaluationQuestionSchema,
  evaluationTriggerSchema,
  type AdminEvaluation,
  type EvaluationAnswer,
  type EvaluationFilter,
  type EvaluationInput,
  type EvaluationQuestion,
  type EvaluationResults,
  type EvaluationTrigger,
  type MyEvaluation,
} from '../../../shared/schemas/evaluations';
import * as z from 'zod/mini';
import type { PersonRow } from '../people/people.table';
import { findPersonById } from '../people/people.repository';
import { tellPeople } from '../push/tell';
import { recordAudit } from '../audit/audit.service';
import {
  campaignKickoffs,
  claimNonResponders,
  findEvaluation,
  insertEvaluation,
  insertParticipation,
  insertResponse,
  listEvaluations,
  listOpenEvaluations,
  listParticipationsOf,
  listResponses,
  markResponded,
  rowToParticipation,
  triggerFactsOf,
  updateEvaluation,
  updateParticipation,
} from './evaluations.repository';
import type { EvaluationRow } from './evaluations.table';
import { evaluationReminderNotice } from './evaluation-notices';

/*
 * Evaluations, anonymous by construction. Answering writes two rows in one
 * transaction that share nothing: the participation (this person answered
 * this round, on this day) and the response (these answers, on this day,
 * from someone in this department, team and role). No id, order or moment
 * links them, so results can only ever be counted, never traced.
 */

const DAY_MS = 86_400_000;
const questionsOf = (row: EvaluationRow): EvaluationQuestion[] => z.array(evaluationQuestionSchema).parse(JSON.parse(row.questions));
const triggerOf = (row: EvaluationRow): EvaluationTrigger => evaluationTriggerSchema.parse(JSON.parse(row.trigger));
const answersOf = (json: string): EvaluationAnswer[] => z.array(evaluationAnswerSchema).parse(JSON.parse(json));
const dayOf = (now: Date, timeZone: string) => {
  const { year, month, day } = localDateIn(now, timeZone);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

/** The round an evaluation is in: a periodic one asks again every period after it opened; others ask once. */
function roundOf(row: EvaluationRow, trigger: EvaluationTrigger, now: Date): number {
  if (trigger.kind !== 'periodic' || !row.opened_at) return 0;
  return Math.max(0, Math.floor((now.getTime() - Date.parse(row.opened_at)) / (trigger.everyDays * DAY_MS)));
}

/** The open evaluations whose trigger holds for the person now. */
async function dueFor(db: Kysely<Database>, person: PersonRow, now: Date): Promise<{ due: DueEvaluation[]; rows: Map<string, EvaluationRow> }> {
  const open = await listOpenEvaluations(db);
  const triggers = new Map(open.map((row) => [row.id, triggerOf(row)]));
  const facts = await triggerFactsOf(db, person.id);
  const kickoffs = await campaignKickoffs(db, [...triggers.values()].flatMap((t) => (t.kind === 'campaign_milestone' ? [t.campaignId] : [])));
  const holds = (trigger: EvaluationTrigger): boolean => {
    switch (trigger.kind) {
      case 'after_training':
        return facts.completedItems.has(trigger.itemId);
      case 'after_path':
        return facts.completedPaths.has(trigger.pathId);
      case 'after_activities':
        return facts.completedItems.size >= trigger.count;
      case 'periodic':
        return true;
      case 'campaign_milestone': {
        const kickoff = kickoffs.get(trigger.campaignId);
        return Boolean(kickoff) && now.getTime() >= Date.parse(kickoff ?? '') + trigger.afterDays * DAY_MS;
      }
    }
  };
  const due = open.flatMap((row) => {
    const trigger = triggers.get(row.id);
    return trigger && holds(trigger) ? [{ evaluationId: row.id, round: roundOf(row, trigger, now) }] : [];
  });
  return { due, rows: new Map(open.map((row) => [row.id, row])) };
}

/** The evaluation to show the person now, if any, with whether showing it starts a new round. */
async function nextFor(db: Kysely<Database>, person: PersonRow, now: Date) {
  const { due, rows } = await dueFor(db, person, now);
  const next = nextEvaluation(due, (await listParticipationsOf(db, person.id)).map(rowToParticipation), now);
  const row = next ? rows.get(next.evaluationId) : undefined;
  return next && row ? { next, row } : null;
}

/**
 * The card to show now, if any. Reading it records nothing: the client says
 * when the card is on screen (`markShown`), so a prefetch, a retry or a
 * crawler never starts a person's 30 days.
 */
export async function myEvaluation(db: Kysely<Database>, person: PersonRow, now: Date): Promise<MyEvaluation> {
  const found = await nextFor(db, person, now);
  if (!found) return { evaluation: null };
  const { next, row } = found;
  const language = person.language;
  return {
    evaluation: {
      id: row.id,
      title: language === 'nl' ? row.title_nl : row.title_en,
      questions: questionsOf(row).map((q) => ({ id: q.id, kind: q.kind, text: q.text[language], options: q.options.map((o) => o[language]) })),
      reminder: next.reminder,
    },
  };
}

/** The card was on screen: the first time starts its round (and the 30-day cap); again changes nothing. Any other evaluation is not the person's to see now. */
export async function markShown(db: Kysely<Database>, person: PersonRow, id: string, now: Date): Promise<void> {
  const found = await nextFor(db, person, now);
  if (!found || found.row.id !== id) throw notFound('Evaluation');
  if (!found.next.isNew) return;
  await insertParticipation(db, { evaluation_id: id, person_id: person.id, round: found.next.round, shown_at: now.toISOString(), dismissed_at: null, reminded_at: null, responded_on: null });
}

/** The round of this evaluation the person was shown and may still answer. */
async function openRound(db: Kysely<Database>, person: PersonRow, id: string, now: Date) {
  const { due, rows } = await dueFor(db, person, now);
  const row = rows.get(id);
  const participations = await listParticipationsOf(db, person.id);
  const current = row ? due.find((d) => d.evaluationId === id) : undefined;
  const participation = current && participations.find((p) => p.evaluation_id === id && p.round === current.round);
  if (!row || !participation) throw notFound('Evaluation');
  return { row, participation };
}

/** Checks each answer against its question (no question twice, every value on its scale), 422 otherwise. */
function checkAnswers(questions: readonly EvaluationQuestion[], answers: readonly EvaluationAnswer[]): void {
  const ids = answers.map((a) => a.questionId);
  if (new Set(ids).size !== ids.length) throw new AppError(422, 'question_answered_twice', 'Answer each question once');
  for (const answer of answers) {
    const question = questions.find((q) => q.id === answer.questionId);
    if (!question) throw new AppError(422, 'unknown_question', `No question ${answer.questionId} in this evaluation`);
    if (!answerFits(question, answer)) throw new AppError(422, 'answer_out_of_scale', `The answer to ${answer.questionId} is not on its scale`);
  }
}

export async function respond(db: Kysely<Database>, person: PersonRow, id: string, answers: EvaluationAnswer[], now: Date): Promise<void> {
  const { row, participation } = await openRound(db, person, id, now);
  checkAnswers(questionsOf(row), answers);
  const trigger = triggerOf(row);
  const day = dayOf(now, person.time_zone);
  await db.transaction().execute(async (trx) => {
    const first = await markResponded(trx, { evaluationId: id, personId: person.id, round: participation.round }, day);
    if (!first) throw new AppError(409, 'already_answered', 'You answered this evaluation already');
    await insertResponse(trx, {
      id: randomUUID(),
      evaluation_id: id,
      answered_on: day,
      department_id: person.department_id,
      team_id: person.team_id,
      role: person.role,
      item_id: trigger.kind === 'after_training' ? trigger.itemId : null,
      answers: JSON.stringify(answers),
    });
  });
}

export async function dismiss(db: Kysely<Database>, person: PersonRow, id: string, now: Date): Promise<void> {
  const { participation } = await openRound(db, person, id, now);
  await updateParticipation(db, { evaluationId: id, personId: person.id, round: participation.round }, { dismissed_at: now.toISOString() });
}

/** The one second chance: an inbox notice to everyone who was shown it and did not answer, each only once. */
export async function remindNonResponders(deps: Pick<AppDeps, 'db' | 'config' | 'clock' | 'log'>, admin: PersonRow, id: string): Promise<number> {
  const now = deps.clock();
  const row = await findEvaluation(deps.db, id);
  if (!row) throw notFound('Evaluation');
  if (row.status !== 'open') throw new AppError(409, 'not_open', 'Only an open evaluation can be answered after a reminder');
  const claimed = await claimNonResponders(deps.db, id, now.toISOString());
  await recordAudit(deps.db, { actorId: admin.id, action: 'evaluation.remind', entityType: 'evaluation', entityId: id, detail: { reminded: claimed.length } }, now);
  const people = (await Promise.all(claimed.map((personId) => findPersonById(deps.db, personId)))).filter((p): p is PersonRow => Boolean(p));
  await tellPeople(deps, people.map((person) => ({ person, notice: evaluationReminderNotice(person.language, person.language === 'nl' ? row.title_nl : row.title_en) })), now);
  return people.length;
}

function toAdmin(row: EvaluationRow & { responses: unknown; reached: unknown }): AdminEvaluation {
  return {
    id: row.id,
    title: { nl: row.title_nl, en: row.title_en },
    questions: questionsOf(row),
    trigger: triggerOf(row),
    status: row.status,
    responses: Number(row.responses ?? 0),
    reached: Number(row.reached ?? 0),
    createdAt: row.created_at,
  };
}

export async function adminEvaluations(db: Kysely<Database>): Promise<AdminEvaluation[]> {
  return (await listEvaluations(db)).map(toAdmin);
}

function columnsOf(input: EvaluationInput, existing: EvaluationRow | undefined, now: Date) {
  return {
    title_nl: input.title.nl,
    title_en: input.title.en,
    questions: JSON.stringify(input.questions),
    trigger: JSON.stringify(input.trigger),
    status: input.status,
    opened_at: input.status === 'open' ? (existing?.opened_at ?? now.toISOString()) : (existing?.opened_at ?? null),
    updated_at: now.toISOString(),
  };
}

export async function createEvaluation(db: Kysely<Database>, input: EvaluationInput, now: Date): Promise<{ id: string }> {
  const id = randomUUID();
  await insertEvaluation(db, { id, ...columnsOf(input, undefined, now), created_at: now.toISOString() });
  return { id };
}

/** Questions are fixed once anyone answered: results would otherwise mix answers to different questions. */
export async function changeEvaluation(db: Kysely<Database>, id: string, input: EvaluationInput, now: Date): Promise<void> {
  const existing = await findEvaluation(db, id);
  if (!existing) throw notFound('Evaluation');
  const answered = (await listResponses(db, id, {})).length > 0;
  if (answered && existing.questions !== JSON.stringify(input.questions)) throw new AppError(409, 'questions_answered', 'People answered these questions already: make a new evaluation to change them');
  await updateEvaluation(db, id, columnsOf(input, existing, now));
}

/** Results under a filter: every figure follows the same thresholds (scores from 5, comments from 10, no small remainder). */
export async function evaluationResults(db: Kysely<Database>, id: string, filter: EvaluationFilter, language: Language): Promise<EvaluationResults> {
  const row = await findEvaluation(db, id);
  if (!row) throw notFound('Evaluation');
  const [all, filtered] = await Promise.all([listResponses(db, id, {}), listResponses(db, id, filter)]);
  const responses: StoredResponse[] = filtered.map((r) => ({ answeredOn: r.answered_on, answers: answersOf(r.answers) }));
  const shown = disclosure(responses.length, all.length);
  return {
    evaluationId: id,
    filter,
    responses: shown.scores ? responses.length : null,
    withheld: !shown.scores,
    commentsWithheld: !shown.comments,
    questions: questionsOf(row).map((q) => summariseQuestion(q, responses, all.length, language)),
  };
}

/** The results as CSV: one row per question and scale point, comments as rows of their own; every cell safe to open in a spreadsheet. */
export async function evaluationResultsCsv(db: Kysely<Database>, id: string, filter: EvaluationFilter, language: Language): Promise<string> {
  const results = await evaluationResults(db, id, filter, language);
  const rows: Array<Array<string | number | null>> = [['question', 'kind', 'value', 'count', 'score', 'comment']];
  for (const q of results.questions) {
    const text = q.text[language];
    if (q.distribution) for (const d of q.distribution) rows.push([text, q.kind, d.label, d.count, q.score, null]);
    else if (q.kind !== 'text') rows.push([text, q.kind, null, null, null, null]);
    for (const comment of q.comments ?? []) rows.push([text, q.kind, null, null, null, comment]);
  }
  return csvText(rows);
}

/** The mean of a team's Likert answers across evaluations, when at least 5 responses (and a large enough rest) are behind it. */
export async function teamEvaluationScore(db: Kysely<Database>, teamId: string): Promise<{ score: number | null; responses: number | null }> {
  const [team, total] = await Promise.all([
    db.selectFrom('evaluation_responses').innerJoin('evaluations', 'evaluations.id', 'evaluation_responses.evaluation_id').select(['evaluation_responses.answers', 'evaluations.questions']).where('team_id', '=', teamId).execute(),
    db.selectFrom('evaluation_responses').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  if (!disclosure(team.length, Number(total.n)).scores) return { score: null, responses: null };
  const values = team.flatMap((r) => {
    const likertIds = new Set(z.array(evaluationQuestionSchema).parse(JSON.parse(r.questions)).filter((q) => q.kind === 'likert').map((q) => q.id));
    return answersOf(r.answers).flatMap((a) => (likertIds.has(a.questionId) && 'value' in a ? [a.value] : []));
  });
  const mean = values.length > 0 ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10 : null;
  return { score: mean, responses: team.length };
}
