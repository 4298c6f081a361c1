import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { Participation } from '../../../shared/domain/evaluation-eligibility';
import type { EvaluationFilter } from '../../../shared/schemas/evaluations';
import type { EvaluationParticipationsTable, EvaluationResponsesTable, EvaluationRow, EvaluationsTable, ParticipationRow } from './evaluations.table';

export async function insertEvaluation(db: Kysely<Database>, row: EvaluationsTable): Promise<void> {
  await db.insertInto('evaluations').values(row).execute();
}

export async function updateEvaluation(db: Kysely<Database>, id: string, change: Partial<EvaluationsTable>): Promise<boolean> {
  const result = await db.updateTable('evaluations').set(change).where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function findEvaluation(db: Kysely<Database>, id: string): Promise<EvaluationRow | undefined> {
  return db.selectFrom('evaluations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listEvaluations(db: Kysely<Database>) {
  return db
    .selectFrom('evaluations')
    .selectAll('evaluations')
    .select((eb) => [
      eb.selectFrom('evaluation_responses').whereRef('evaluation_responses.evaluation_id', '=', 'evaluations.id').select(eb.fn.countAll<number | string>().as('n')).as('responses'),
      eb.selectFrom('evaluation_participations').whereRef('evaluation_participations.evaluation_id', '=', 'evaluations.id').select(eb.fn.countAll<number | string>().as('n')).as('reached'),
    ])
    .orderBy('evaluations.created_at', 'desc')
    .execute();
}

export async function listOpenEvaluations(db: Kysely<Database>): Promise<EvaluationRow[]> {
  return db.selectFrom('evaluations').selectAll().where('status', '=', 'open').orderBy('opened_at').orderBy('id').execute();
}

export async function listParticipationsOf(db: Kysely<Database>, personId: string): Promise<ParticipationRow[]> {
  return db.selectFrom('evaluation_participations').selectAll().where('person_id', '=', personId).orderBy('shown_at').execute();
}

/** A participation row as the eligibility rule (and the export) reads it. */
export function rowToParticipation(p: ParticipationRow): Participation {
  return { evaluationId: p.evaluation_id, round: p.round, shownAt: p.shown_at, dismissedAt: p.dismissed_at, remindedAt: p.reminded_at, respondedOn: p.responded_on };
}

/** The first showing of a round; a concurrent second one changes nothing. */
export async function insertParticipation(db: Kysely<Database>, row: EvaluationParticipationsTable): Promise<void> {
  await db
    .insertInto('evaluation_participations')
    .values(row)
    .onConflict((oc) => oc.columns(['evaluation_id', 'person_id', 'round']).doNothing())
    .execute();
}

type ParticipationKey = { evaluationId: string; personId: string; round: number };

export async function updateParticipation(db: Kysely<Database>, key: ParticipationKey, change: Partial<EvaluationParticipationsTable>) {
  return db
    .updateTable('evaluation_participations')
    .set(change)
    .where('evaluation_id', '=', key.evaluationId)
    .where('person_id', '=', key.personId)
    .where('round', '=', key.round)
    .executeTakeFirst();
}

/** Marks the round answered, only if it was not: false for a second answer. */
export async function markResponded(db: Kysely<Database>, key: ParticipationKey, day: string): Promise<boolean> {
  const result = await db
    .updateTable('evaluation_participations')
    .set({ responded_on: day })
    .where('evaluation_id', '=', key.evaluationId)
    .where('person_id', '=', key.personId)
    .where('round', '=', key.round)
    .where('responded_on', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function insertResponse(db: Kysely<Database>, row: EvaluationResponsesTable): Promise<void> {
  await db.insertInto('evaluation_responses').values(row).execute();
}

/** Responses under a filter; with no filter, all of the evaluation's. */
export async function listResponses(db: Kysely<Database>, evaluationId: string, filter: EvaluationFilter) {
  let query = db.selectFrom('evaluation_responses').select(['answered_on', 'answers']).where('evaluation_id', '=', evaluationId);
  if (filter.departmentId) query = query.where('department_id', '=', filter.departmentId);
  if (filter.teamId) query = query.where('team_id', '=', filter.teamId);
  if (filter.role) query = query.where('role', '=', filter.role);
  if (filter.itemId) query = query.where('item_id', '=', filter.itemId);
  return query.orderBy('answered_on').orderBy('id').execute();
}

/**
 * Claims the people to remind: shown the evaluation, not answered, not
 * reminded before and still with the organisation. Claiming and reading is
 * one statement per step, so two L&D clicks at once remind nobody twice.
 */
export async function claimNonResponders(db: Kysely<Database>, evaluationId: string, at: string) {
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('evaluation_participations')
      .innerJoin('people', 'people.id', 'evaluation_participations.person_id')
      .select(['evaluation_participations.person_id', 'evaluation_participations.round'])
      .where('evaluation_participations.evaluation_id', '=', evaluationId)
      .where('evaluation_participations.responded_on', 'is', null)
      .where('evaluation_participations.reminded_at', 'is', null)
      .where('people.left_at', 'is', null)
      .execute();
    const claimed: string[] = [];
    for (const row of rows) {
      const result = await trx
        .updateTable('evaluation_participations')
        .set({ reminded_at: at })
        .where('evaluation_id', '=', evaluationId)
        .where('person_id', '=', row.person_id)
        .where('round', '=', row.round)
        .where('reminded_at', 'is', null)
        .where('responded_on', 'is', null)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) > 0) claimed.push(row.person_id);
    }
    return [...new Set(claimed)];
  });
}

export async function saveReaction(db: Kysely<Database>, row: { item_id: string; person_id: string; useful: number; reacted_at: string }): Promise<void> {
  await db
    .insertInto('training_reactions')
    .values(row)
    .onConflict((oc) => oc.columns(['item_id', 'person_id']).doUpdateSet({ useful: row.useful, reacted_at: row.reacted_at }))
    .execute();
}

export async function countReactions(db: Kysely<Database>) {
  return db
    .selectFrom('training_reactions')
    .select(['item_id', 'useful', (eb) => eb.fn.countAll<number | string>().as('n')])
    .groupBy(['item_id', 'useful'])
    .execute();
}

export async function listReactionsOf(db: Kysely<Database>, personId: string) {
  return db.selectFrom('training_reactions').select(['item_id', 'useful', 'reacted_at']).where('person_id', '=', personId).orderBy('reacted_at').execute();
}

/** Facts the triggers ask about one person: trainings and paths they finished, how many trainings. */
export async function triggerFactsOf(db: Kysely<Database>, personId: string) {
  const [items, paths] = await Promise.all([
    db.selectFrom('item_completions').select('item_id').where('person_id', '=', personId).execute(),
    db.selectFrom('path_completions').select('path_id').where('person_id', '=', personId).execute(),
  ]);
  return { completedItems: new Set(items.map((r) => r.item_id)), completedPaths: new Set(paths.map((r) => r.path_id)) };
}

export async function campaignKickoffs(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string | null>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('campaigns').select(['id', 'kickoff_at']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.kickoff_at]));
}
