import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { awardMilestone, milestoneReachedAt } from '../../../shared/domain/milestones';
import { rankPeople, topLearners } from '../../../shared/domain/rankings';
import { findPersonById } from '../people/people.repository';
import { findPrize, takeOneFromStock } from '../prizes/prizes.repository';
import {
  claimSettlement,
  insertAward,
  listAwardedPersonIds,
  listEligiblePeople,
  listEndedUnsettled,
  listPeriodEvents,
  saveDraw,
} from './competitions.repository';
import type { CompetitionRow } from './competitions.table';
import { runDraw, ticketsByPerson } from './raffle-draw';
import type { RecordedNotice } from '../push/notify';
import { pushWinnerNotices, recordWinnerNotice, type SettleDeps } from './winner-notice';

/** Gives `personIds` the competition's prize in that order, while stock lasts, and records each winner's notice. */
async function award(db: Kysely<Database>, competition: CompetitionRow, personIds: readonly string[], now: Date, firstPosition = 1) {
  const given: RecordedNotice[] = [];
  const prize = await findPrize(db, competition.prize_id);
  for (const [i, personId] of personIds.entries()) {
    const person = await findPersonById(db, personId);
    if (!prize || !person || !(await takeOneFromStock(db, competition.prize_id))) break;
    await insertAward(db, {
      id: randomUUID(),
      competition_id: competition.id,
      person_id: personId,
      prize_id: competition.prize_id,
      position: firstPosition + i,
      awarded_at: now.toISOString(),
      seen_at: null,
      claimed_at: null,
      handed_over_at: null,
    });
    given.push(await recordWinnerNotice(db, person, prize.name, competition.title, now));
  }
  return given;
}

/**
 * Fixes the winners of a top-learners competition or draws a raffle, once,
 * after its period ended. Returns false when there was nothing to do.
 */
export async function settleCompetition(deps: SettleDeps, competition: CompetitionRow, now: Date): Promise<boolean> {
  if (competition.rule === 'milestone' || competition.settled_at || Date.parse(competition.ends_at) > now.getTime()) return false;
  const winners = await deps.db.transaction().execute(async (trx) => {
    if (!(await claimSettlement(trx, competition.id, now.toISOString()))) return null;
    const people = (await listEligiblePeople(trx, competition, now)).map((p) => p.id);
    if (competition.rule === 'top_learners') {
      const events = await listPeriodEvents(trx, people, competition.starts_at, competition.ends_at);
      const ranked = rankPeople(events.map((e) => ({ personId: e.person_id, at: e.occurred_at, points: e.points })), { start: competition.starts_at, end: competition.ends_at });
      return award(trx, competition, topLearners(ranked, competition.winners).map((s) => s.personId), now);
    }
    const activities = await listPeriodEvents(trx, people, competition.starts_at, competition.ends_at, { streakOnly: true });
    const draw = runDraw(competition, ticketsByPerson(competition, activities));
    await saveDraw(trx, competition.id, JSON.stringify(draw.list), JSON.stringify(draw.winners));
    return award(trx, competition, draw.winnerIds, now);
  });
  await pushWinnerNotices(deps, winners ?? [], now);
  return winners !== null;
}

/**
 * Settles every competition whose period is over, so winners hear it when it
 * ends rather than at someone's next look at the prizes page. Run by every
 * instance's scheduler tick; settleCompetition lets only one of them win.
 * One that fails is logged and tried again at the next tick, without holding
 * up the others. Returns how many this call settled.
 */
export async function settleEndedCompetitions(deps: SettleDeps, now: Date): Promise<number> {
  let settled = 0;
  for (const competition of await listEndedUnsettled(deps.db, now.toISOString())) {
    try {
      if (await settleCompetition(deps, competition, now)) settled += 1;
    } catch (error) {
      deps.log.error('settling a competition failed', { competitionId: competition.id, error: error instanceof Error ? error.stack : String(error) });
    }
  }
  return settled;
}

/**
 * Awards a milestone competition's prize to everyone who reached it and does
 * not have it yet, earliest first, while stock lasts.
 */
export async function awardMilestones(deps: SettleDeps, competition: CompetitionRow, now: Date): Promise<void> {
  const given = await deps.db.transaction().execute(async (trx) => {
    const prize = await findPrize(trx, competition.prize_id);
    if (!prize || prize.stock === 0) return [];
    const people = (await listEligiblePeople(trx, competition, now)).map((p) => p.id);
    const end = new Date(Math.min(Date.parse(competition.ends_at), now.getTime() + 1)).toISOString();
    const reached = await milestonesReached(trx, competition, people, end);
    const already = await listAwardedPersonIds(trx, competition.id);
    return award(trx, competition, awardMilestone(reached, already, prize.stock), now, already.size + 1);
  });
  await pushWinnerNotices(deps, given, now);
}

/** Who reached the competition's milestone by `end`, and when. */
export async function milestonesReached(db: Kysely<Database>, competition: CompetitionRow, personIds: readonly string[], end: string) {
  const activities = await listPeriodEvents(db, personIds, competition.starts_at, end, { streakOnly: true });
  const byPerson = new Map<string, { at: string; timeZone: string }[]>();
  for (const a of activities) byPerson.set(a.person_id, [...(byPerson.get(a.person_id) ?? []), { at: a.occurred_at, timeZone: a.time_zone }]);
  return [...byPerson].flatMap(([personId, list]) => {
    const reachedAt = milestoneReachedAt(list, { start: competition.starts_at, end }, competition.milestone_weeks);
    return reachedAt ? [{ personId, reachedAt }] : [];
  });
}
