import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { countsForStreak } from '../../../shared/domain/learning-activity';
import { learningEventKindSchema } from '../../../shared/schemas/events';
import { competitionAudience, competitionTarget, isEligible } from './competition-target';
import type { AwardRow, AwardsTable, CompetitionRow, CompetitionsTable } from './competitions.table';
import { audienceFactsOfEveryone } from '../target-groups/memberships';

const streakKinds = learningEventKindSchema.options.filter(countsForStreak);
const DAY_MS = 86_400_000;

export async function listCompetitions(db: Kysely<Database>): Promise<CompetitionRow[]> {
  return db.selectFrom('competitions').selectAll().orderBy('starts_at', 'desc').orderBy('title').execute();
}

/** Top-learners competitions and raffles whose period is over and whose winners are not fixed yet. */
export async function listEndedUnsettled(db: Kysely<Database>, nowIso: string): Promise<CompetitionRow[]> {
  return db
    .selectFrom('competitions')
    .selectAll()
    .where('rule', '!=', 'milestone')
    .where('settled_at', 'is', null)
    .where('ends_at', '<=', nowIso)
    .orderBy('ends_at')
    .execute();
}

export async function findCompetition(db: Kysely<Database>, id: string): Promise<CompetitionRow | undefined> {
  return db.selectFrom('competitions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertCompetition(db: Kysely<Database>, row: CompetitionsTable): Promise<void> {
  await db.insertInto('competitions').values(row).execute();
}

/**
 * Marks the competition settled unless it already is; true for the one caller
 * that did it, so two requests arriving together cannot both award prizes.
 */
export async function claimSettlement(db: Kysely<Database>, id: string, at: string): Promise<boolean> {
  const result = await db.updateTable('competitions').set({ settled_at: at }).where('id', '=', id).where('settled_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function saveDraw(db: Kysely<Database>, id: string, ticketList: string, winners: string): Promise<void> {
  await db.updateTable('competitions').set({ ticket_list: ticketList, drawn_winners: winners }).where('id', '=', id).execute();
}

/**
 * Who may take part: everyone but admins (they run it), in every non-empty
 * target group. The departments narrow in SQL; isEligible then applies the
 * whole rule, so the list and a person's own standing can never disagree.
 */
export async function listEligiblePeople(db: Kysely<Database>, competition: CompetitionRow, now: Date) {
  const { departmentIds } = competitionTarget(competition);
  let query = db.selectFrom('people').select(['id', 'name', 'role', 'language', 'department_id', 'team_id']).where('role', '!=', 'admin');
  if (departmentIds.length > 0) query = query.where('department_id', 'in', departmentIds);
  const people = await query.orderBy('id').execute();
  const facts = await audienceFactsOfEveryone(db, people, [competitionAudience(competition)], now);
  return people.filter((person) => {
    const mine = facts.get(person.id);
    return mine !== undefined && isEligible(mine, competition);
  });
}

/**
 * Points-bearing events of the given people around the period. Times are
 * stored as UTC ISO strings, so string comparison is time order; a day's
 * margin each side keeps the SQL simple, and the domain code applies the
 * exact bounds.
 */
export async function listPeriodEvents(db: Kysely<Database>, personIds: readonly string[], start: string, end: string, options: { streakOnly?: boolean } = {}) {
  if (personIds.length === 0) return [];
  const from = new Date(Date.parse(start) - DAY_MS).toISOString();
  const to = new Date(Date.parse(end) + DAY_MS).toISOString();
  let query = db
    .selectFrom('learning_events')
    .select(['person_id', 'occurred_at', 'time_zone', 'points'])
    .where('person_id', 'in', personIds)
    .where('occurred_at', '>=', from)
    .where('occurred_at', '<', to);
  if (options.streakOnly) query = query.where('kind', 'in', streakKinds);
  return query.execute();
}

export async function insertAward(db: Kysely<Database>, row: AwardsTable): Promise<void> {
  await db.insertInto('awards').values(row).onConflict((oc) => oc.columns(['competition_id', 'person_id']).doNothing()).execute();
}

export async function listAwardedPersonIds(db: Kysely<Database>, competitionId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('awards').select('person_id').where('competition_id', '=', competitionId).execute();
  return new Set(rows.map((r) => r.person_id));
}

const awardColumns = [
  'awards.id',
  'awards.competition_id',
  'awards.person_id',
  'awards.prize_id',
  'awards.position',
  'awards.awarded_at',
  'awards.seen_at',
  'awards.claimed_at',
  'awards.handed_over_at',
  'competitions.title as competition_title',
  'people.name as person_name',
] as const;

export type AwardWithTitle = AwardRow & { competition_title: string; person_name: string };

export async function listAwards(db: Kysely<Database>, filter: { personId?: string } = {}): Promise<AwardWithTitle[]> {
  let query = db
    .selectFrom('awards')
    .innerJoin('competitions', 'competitions.id', 'awards.competition_id')
    .innerJoin('people', 'people.id', 'awards.person_id')
    .select(awardColumns);
  if (filter.personId) query = query.where('awards.person_id', '=', filter.personId);
  return query.orderBy('awards.awarded_at', 'desc').orderBy('awards.position').execute();
}

export async function findAward(db: Kysely<Database>, id: string): Promise<AwardWithTitle | undefined> {
  return db
    .selectFrom('awards')
    .innerJoin('competitions', 'competitions.id', 'awards.competition_id')
    .innerJoin('people', 'people.id', 'awards.person_id')
    .select(awardColumns)
    .where('awards.id', '=', id)
    .executeTakeFirst();
}

export async function updateAward(db: Kysely<Database>, id: string, update: Partial<Pick<AwardsTable, 'seen_at' | 'claimed_at' | 'handed_over_at'>>): Promise<void> {
  await db.updateTable('awards').set(update).where('id', '=', id).execute();
}
