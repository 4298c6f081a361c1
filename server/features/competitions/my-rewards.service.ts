import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { longestRun } from '../../../shared/domain/milestones';
import { raffleTickets } from '../../../shared/domain/raffle';
import { rankPeople } from '../../../shared/domain/rankings';
import type { Award, MyRewards } from '../../../shared/schemas/rewards';
import type { PersonRow } from '../people/people.table';
import { rowToPrize } from '../prizes/prizes.repository';
import type { PrizeRow } from '../prizes/prizes.table';
import { listAwardedPersonIds, listAwards, listEligiblePeople, listPeriodEvents, type AwardWithTitle } from './competitions.repository';
import { eligibilityFacts, isEligible } from './competition-target';
import type { AudienceFacts } from '../../../shared/domain/audience';
import { listCompetitionsWithPrizes, statusOf } from './competitions.service';
import type { CompetitionRow } from './competitions.table';
import { holderCode } from './raffle-draw';
import { awardMilestones, settleCompetition } from './settlement.service';
import type { SettleDeps } from './winner-notice';

/** Settled competitions stay on the prizes page this long, so people see who won. */
const SHOW_SETTLED_MS = 60 * 86_400_000;

export function awardToView(award: AwardWithTitle, prize: PrizeRow): Award {
  return {
    id: award.id,
    competitionId: award.competition_id,
    competitionTitle: award.competition_title,
    prize: rowToPrize(prize),
    position: award.position,
    awardedAt: award.awarded_at,
    claimedAt: award.claimed_at,
    handedOverAt: award.handed_over_at,
  };
}

/**
 * Settles what is due: competitions whose period ended get their winners
 * (drawn or fixed), and a running milestone awards its prize when someone has
 * reached it. The scheduler settles ended competitions within a tick
 * (settleEndedCompetitions); doing it on read as well means nobody ever sees
 * an ended competition without winners. Settling is idempotent and guarded
 * against a concurrent second run.
 */
async function settleDue(deps: SettleDeps, person: PersonRow, facts: AudienceFacts, rows: readonly CompetitionRow[], now: Date) {
  for (const row of rows) {
    if (statusOf(row, now) === 'ended') await settleCompetition(deps, row, now);
    if (row.rule === 'milestone' && statusOf(row, now) === 'running' && isEligible(facts, row)) {
      const [mine, awarded] = await Promise.all([milestoneRun(deps.db, person, row, now), listAwardedPersonIds(deps.db, row.id)]);
      if (mine >= row.milestone_weeks && !awarded.has(person.id)) await awardMilestones(deps, row, now);
    }
  }
}

async function milestoneRun(db: Kysely<Database>, person: PersonRow, row: CompetitionRow, now: Date): Promise<number> {
  const events = await listPeriodEvents(db, [person.id], row.starts_at, row.ends_at, { streakOnly: true });
  const end = new Date(Math.min(Date.parse(row.ends_at), now.getTime() + 1)).toISOString();
  return longestRun(events.map((e) => ({ at: e.occurred_at, timeZone: e.time_zone })), { start: row.starts_at, end });
}

/** The person's own figures in one competition; never anyone else's. */
async function myStanding(db: Kysely<Database>, person: PersonRow, facts: AudienceFacts, row: CompetitionRow, prize: PrizeRow, now: Date): Promise<MyRewards['competitions'][number]['mine']> {
  if (!isEligible(facts, row)) return { eligible: false };
  const period = { start: row.starts_at, end: row.ends_at };
  if (row.rule === 'top_learners') {
    const people = (await listEligiblePeople(db, row, now)).map((p) => p.id);
    const events = await listPeriodEvents(db, people, row.starts_at, row.ends_at);
    const ranked = rankPeople(events.map((e) => ({ personId: e.person_id, at: e.occurred_at, points: e.points })), period);
    const own = ranked.find((s) => s.personId === person.id);
    return { eligible: true, points: own?.points ?? 0, position: own?.position ?? null };
  }
  if (row.rule === 'raffle') {
    const events = await listPeriodEvents(db, [person.id], row.starts_at, row.ends_at, { streakOnly: true });
    const tickets = raffleTickets(events.map((e) => ({ at: e.occurred_at, timeZone: e.time_zone })), period, { perWeek: row.tickets_per_week, cap: row.ticket_cap });
    return { eligible: true, tickets, ...(row.pseudonym_key && { holderCode: holderCode(row.pseudonym_key, person.id) }) };
  }
  const weeksInARow = await milestoneRun(db, person, row, now);
  return { eligible: true, weeksInARow, reached: weeksInARow >= row.milestone_weeks, stockLeft: prize.stock };
}

/** The prizes page: competitions the person can see, their standing in each, and what they won. */
export async function myRewards(deps: SettleDeps, person: PersonRow, now: Date): Promise<MyRewards> {
  const all = await listCompetitionsWithPrizes(deps.db);
  // The saved groups any competition names are decided once for the person, for every competition.
  const facts = await eligibilityFacts(deps.db, person, all.map((c) => c.row), now);
  const visible = (row: CompetitionRow) => isEligible(facts, row) && (row.settled_at === null || now.getTime() - Date.parse(row.settled_at) < SHOW_SETTLED_MS);
  await settleDue(deps, person, facts, all.map((c) => c.row).filter(visible), now);
  const listed = (await listCompetitionsWithPrizes(deps.db)).filter((c) => visible(c.row));
  const prizes = new Map(listed.map((c) => [c.prize.id, c.prize]));
  const awards = await listAwards(deps.db, { personId: person.id });
  const missing = awards.filter((a) => !prizes.has(a.prize_id)).map((a) => a.prize_id);
  if (missing.length > 0) for (const p of await deps.db.selectFrom('prizes').selectAll().where('id', 'in', missing).execute()) prizes.set(p.id, p);
  return {
    competitions: await Promise.all(
      listed.map(async ({ row, prize }) => ({
        id: row.id,
        rule: row.rule,
        title: row.title,
        status: statusOf(row, now),
        startsAt: row.starts_at,
        endsAt: row.ends_at,
        winners: row.winners,
        ticketCap: row.ticket_cap,
        milestoneWeeks: row.milestone_weeks,
        prize: rowToPrize(prize),
        commitment: row.commitment,
        mine: await myStanding(deps.db, person, facts, row, prize, now),
      })),
    ),
    awards: awards.flatMap((a) => {
      const prize = prizes.get(a.prize_id);
      return prize ? [awardToView(a, prize)] : [];
    }),
  };
}
