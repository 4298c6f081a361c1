import { createHmac, randomBytes } from 'node:crypto';
import { commitmentOf, drawWinners, type TicketHolder } from '../../../shared/domain/draw';
import { raffleTickets } from '../../../shared/domain/raffle';
import type { CompetitionRule } from '../../../shared/schemas/rewards';
import type { CompetitionRow } from './competitions.table';

/** The secrets a raffle starts with; only the commitment is shown until the draw. */
export function newRaffleSecrets() {
  const seed = randomBytes(32).toString('hex');
  return { seed, commitment: commitmentOf(seed), pseudonymKey: randomBytes(32).toString('hex') };
}

/** The draw columns of a new competition: a raffle's fresh secrets and commitment, nothing drawn or settled yet. */
export function openDrawColumns(rule: CompetitionRule) {
  const secrets = rule === 'raffle' ? newRaffleSecrets() : null;
  return {
    seed: secrets?.seed ?? null,
    commitment: secrets?.commitment ?? null,
    pseudonym_key: secrets?.pseudonymKey ?? null,
    ticket_list: null,
    drawn_winners: null,
    settled_at: null,
  };
}

/**
 * A person's pseudonymous holder code in one raffle: an HMAC of their id
 * under the raffle's own secret key, so the published list names nobody and
 * codes cannot be linked across raffles. 40 bits keep collisions between a
 * few thousand people vanishingly rare; a collision would make the draw refuse the list.
 *
 * @example holderCode(key, personId) // 'K3F9-0A7C-21'
 */
export function holderCode(pseudonymKey: string, personId: string): string {
  const hex = createHmac('sha256', Buffer.from(pseudonymKey, 'hex')).update(personId).digest('hex').slice(0, 10).toUpperCase();
  return `${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8)}`;
}

export interface Activity {
  person_id: string;
  occurred_at: string;
  time_zone: string;
}

/** Tickets per person (only those with at least one), from their learning in the period. */
export function ticketsByPerson(competition: CompetitionRow, activities: readonly Activity[]): Map<string, number> {
  const byPerson = new Map<string, { at: string; timeZone: string }[]>();
  for (const a of activities) byPerson.set(a.person_id, [...(byPerson.get(a.person_id) ?? []), { at: a.occurred_at, timeZone: a.time_zone }]);
  const period = { start: competition.starts_at, end: competition.ends_at };
  const rule = { perWeek: competition.tickets_per_week, cap: competition.ticket_cap };
  const tickets = new Map<string, number>();
  for (const [personId, list] of byPerson) {
    const count = raffleTickets(list, period, rule);
    if (count > 0) tickets.set(personId, count);
  }
  return tickets;
}

/** Runs the documented draw (shared/domain/draw.ts); returns what to publish and who won, in order. */
export function runDraw(competition: CompetitionRow, tickets: ReadonlyMap<string, number>) {
  if (!competition.seed || !competition.pseudonym_key) throw new Error(`Raffle ${competition.id} has no seed`);
  const key = competition.pseudonym_key;
  const personByCode = new Map([...tickets.keys()].map((personId) => [holderCode(key, personId), personId]));
  const list: TicketHolder[] = [...tickets].map(([personId, count]) => ({ holder: holderCode(key, personId), tickets: count }));
  const winners = drawWinners(competition.seed, list, competition.winners);
  return { list, winners, winnerIds: winners.map((code) => personByCode.get(code) ?? '') };
}
