import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { AppError, notFound } from '../../http/app-error';
import type { Competition, CompetitionStatus, CreateCompetition, PublishedDrawView } from '../../../shared/schemas/rewards';
import type { PersonRow } from '../people/people.table';
import { findPrize, rowToPrize } from '../prizes/prizes.repository';
import type { PrizeRow } from '../prizes/prizes.table';
import { competitionTarget, eligibilityFacts, isEligible } from './competition-target';
import { findCompetition, insertCompetition, listCompetitions } from './competitions.repository';
import type { CompetitionRow } from './competitions.table';
import { holderCode, openDrawColumns } from './raffle-draw';
import { requireSavedGroups } from '../target-groups/memberships';

/** Where a competition is in its life, at `now`. */
export function statusOf(row: CompetitionRow, now: Date): CompetitionStatus {
  if (row.settled_at) return 'settled';
  if (Date.parse(row.starts_at) > now.getTime()) return 'upcoming';
  return Date.parse(row.ends_at) > now.getTime() ? 'running' : 'ended';
}

export function rowToCompetition(row: CompetitionRow, prize: PrizeRow, now: Date): Competition {
  return {
    id: row.id,
    rule: row.rule,
    title: row.title,
    prize: rowToPrize(prize),
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    status: statusOf(row, now),
    ...targetView(competitionTarget(row)),
    winners: row.winners,
    ticketsPerWeek: row.tickets_per_week,
    ticketCap: row.ticket_cap,
    milestoneWeeks: row.milestone_weeks,
    commitment: row.commitment,
    settledAt: row.settled_at,
  };
}

function targetView(target: ReturnType<typeof competitionTarget>) {
  return { targetDepartmentIds: target.departmentIds, targetTeamIds: target.teamIds, targetRoles: target.roles, targetLanguages: target.languages, targetGroupIds: target.groupIds };
}

/** Competitions with their prizes. */
export async function listCompetitionsWithPrizes(db: Kysely<Database>): Promise<{ row: CompetitionRow; prize: PrizeRow }[]> {
  const [rows, prizes] = await Promise.all([listCompetitions(db), db.selectFrom('prizes').selectAll().execute()]);
  const byId = new Map(prizes.map((p) => [p.id, p]));
  return rows.flatMap((row) => {
    const prize = byId.get(row.prize_id);
    return prize ? [{ row, prize }] : [];
  });
}

/**
 * Opens a competition. A raffle gets its secret seed now and publishes the
 * commitment from the start, so the seed cannot be chosen after seeing who
 * holds tickets.
 */
export async function createCompetition(db: Kysely<Database>, input: CreateCompetition, now: Date): Promise<Competition> {
  if (Date.parse(input.endsAt) <= Date.parse(input.startsAt)) throw new AppError(400, 'bad_period', 'The end must come after the start');
  const prize = await findPrize(db, input.prizeId);
  if (!prize) throw new AppError(422, 'unknown_prize', 'No such prize');
  await requireSavedGroups(db, input.targetGroupIds);
  const row: CompetitionRow = {
    id: randomUUID(),
    rule: input.rule,
    title: input.title,
    prize_id: prize.id,
    starts_at: new Date(input.startsAt).toISOString(),
    ends_at: new Date(input.endsAt).toISOString(),
    target_department_ids: JSON.stringify(input.targetDepartmentIds),
    target_team_ids: JSON.stringify(input.targetTeamIds),
    target_roles: JSON.stringify(input.targetRoles),
    target_languages: JSON.stringify(input.targetLanguages),
    target_group_ids: JSON.stringify(input.targetGroupIds),
    winners: input.winners,
    tickets_per_week: input.ticketsPerWeek,
    ticket_cap: input.ticketCap,
    milestone_weeks: input.milestoneWeeks,
    ...openDrawColumns(input.rule),
    created_at: now.toISOString(),
  };
  await insertCompetition(db, row);
  return rowToCompetition(row, prize, now);
}

/**
 * What is public about a raffle, to the people it is for (and the admins
 * who run it): the commitment always; the seed, the pseudonymous ticket
 * list and the winners' codes once drawn; and the asking person's own code.
 * To anyone else it does not exist (404), title included.
 */
export async function publishedDraw(db: Kysely<Database>, viewer: PersonRow, id: string, now: Date): Promise<PublishedDrawView> {
  const row = await findCompetition(db, id);
  if (!row || row.rule !== 'raffle' || !row.commitment) throw notFound('Raffle');
  const eligible = isEligible(await eligibilityFacts(db, viewer, [row], now), row);
  if (viewer.role !== 'admin' && !eligible) throw notFound('Raffle');
  const drawn = row.drawn_winners !== null;
  return {
    competitionId: row.id,
    title: row.title,
    commitment: row.commitment,
    prizes: row.winners,
    drawnAt: drawn ? row.settled_at : null,
    seed: drawn ? row.seed : null,
    tickets: drawn ? (JSON.parse(row.ticket_list ?? '[]') as PublishedDrawView['tickets']) : null,
    winners: drawn ? (JSON.parse(row.drawn_winners ?? '[]') as string[]) : null,
    myHolderCode: row.pseudonym_key && eligible ? holderCode(row.pseudonym_key, viewer.id) : null,
  };
}
