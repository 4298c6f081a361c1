import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { monthOf, monthPeriod } from '../../shared/domain/rankings';
import type { PrizeKind } from '../../shared/schemas/rewards';
import { openDrawColumns } from '../features/competitions/raffle-draw';
import type { CompetitionRow } from '../features/competitions/competitions.table';
import { ORGANISATION_TIME_ZONE } from '../../shared/domain/organisation';

const demoPrizes: Array<{ key: string; kind: PrizeKind; name: string; description: string; stock: number }> = [
  { key: 'voucher', kind: 'voucher', name: 'Cadeaubon € 25', description: 'Een bol.com-cadeaubon voor wie deze maand het meest leerde.', stock: 3 },
  { key: 'sweater', kind: 'clothing', name: 'Het Anker-trui', description: 'Warme trui met ons logo — maat naar keuze.', stock: 10 },
  { key: 'cap', kind: 'clothing', name: 'Het Anker-pet', description: 'Voor iedereen die tien weken op rij leert, zolang de voorraad strekt.', stock: 15 },
  { key: 'training', kind: 'training', name: 'Een persoonlijke nieuwe training', description: 'Kies zelf een training uit het leeraanbod, in werktijd.', stock: 2 },
];

/** Who learned a little already this month (points), and who shows up by name on the board. */
const demoLearning: Array<{ local: string; points: number[]; optIn: boolean }> = [
  { local: 'aisha', points: [10, 10, 2, 10], optIn: true },
  { local: 'daan', points: [10, 2], optIn: false },
  { local: 'tomasz', points: [10, 10, 10], optIn: true },
  { local: 'fatma', points: [10], optIn: false },
];

type DemoCompetition = Pick<CompetitionRow, 'rule' | 'title' | 'starts_at' | 'ends_at' | 'winners' | 'ticket_cap' | 'milestone_weeks'> & { prize: string };

/**
 * The demo's rewards: four prizes, this month's top-learners competition, a
 * year-end raffle whose seed commitment is published, a 10-week milestone,
 * and some learning this month so the boards are not empty.
 */
export async function loadDemoRewards(trx: Kysely<Database>, now: Date, personIdByLocal: ReadonlyMap<string, string>): Promise<void> {
  const at = now.toISOString();
  const prizeIds = new Map<string, string>();
  for (const { key, ...prize } of demoPrizes) {
    const id = randomUUID();
    prizeIds.set(key, id);
    await trx.insertInto('prizes').values({ id, ...prize, image_url: null, created_at: at, updated_at: at }).execute();
  }
  const month = monthPeriod(monthOf(now, ORGANISATION_TIME_ZONE), ORGANISATION_TIME_ZONE);
  const year = Number(monthOf(now, ORGANISATION_TIME_ZONE).slice(0, 4));
  const yearPeriod = { start: monthPeriod(`${year}-01`, ORGANISATION_TIME_ZONE).start, end: monthPeriod(`${year}-12`, ORGANISATION_TIME_ZONE).end };
  const competitions: DemoCompetition[] = [
    { rule: 'top_learners', title: 'Leerkampioen van de maand', prize: 'voucher', starts_at: month.start, ends_at: month.end, winners: 1, ticket_cap: 10, milestone_weeks: 10 },
    { rule: 'raffle', title: 'Eindejaarsloting', prize: 'training', starts_at: yearPeriod.start, ends_at: yearPeriod.end, winners: 2, ticket_cap: 20, milestone_weeks: 10 },
    { rule: 'milestone', title: 'Tien weken op rij', prize: 'cap', starts_at: yearPeriod.start, ends_at: yearPeriod.end, winners: 1, ticket_cap: 10, milestone_weeks: 10 },
  ];
  for (const { prize, ...competition } of competitions) {
    await trx
      .insertInto('competitions')
      .values({
        id: randomUUID(),
        ...competition,
        prize_id: prizeIds.get(prize) ?? '',
        target_department_ids: '[]',
        target_team_ids: '[]',
        target_roles: '[]',
        target_languages: '[]',
        target_group_ids: '[]',
        tickets_per_week: 1,
        ...openDrawColumns(competition.rule),
        created_at: at,
      })
      .execute();
  }
  await addDemoLearning(trx, now, month.start, personIdByLocal);
}

async function addDemoLearning(trx: Kysely<Database>, now: Date, monthStart: string, personIdByLocal: ReadonlyMap<string, string>) {
  // Spread over the month so far (at least an hour ago), never before it started.
  const span = Math.max(0, now.getTime() - 3_600_000 - Date.parse(monthStart));
  for (const { local, points, optIn } of demoLearning) {
    const personId = personIdByLocal.get(local);
    if (!personId) continue;
    for (const [i, value] of points.entries()) {
      const occurred = new Date(Date.parse(monthStart) + (span * (i + 1)) / (points.length + 1)).toISOString();
      await trx
        .insertInto('learning_events')
        .values({
          id: randomUUID(),
          person_id: personId,
          kind: value === 2 ? 'question_answered' : 'training_completed',
          item_id: null,
          teaser_id: null,
          question_id: null,
          correct: value === 2 ? 1 : null,
          part: null,
          award_key: null,
          occurred_at: occurred,
          time_zone: 'Europe/Amsterdam',
          received_at: occurred,
          points: value,
        })
        .execute();
    }
    if (optIn) await trx.insertInto('leaderboard_opt_ins').values({ person_id: personId, opted_in_at: now.toISOString() }).execute();
  }
}
