import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../server/db/database';
import { ORGANISATION_TIME_ZONE } from '../../shared/domain/organisation';

/**
 * The funnel's three questions answered straight from the raw records, with
 * no rollups: what the funnel would cost without the fold. The same stages
 * as campaignFunnel (server/features/insights/funnel.service.ts), the same
 * weeks (joins, installs, opt-ins, first trainings and visits in the
 * organisation's weeks; learning in the person's own), the same people (the
 * campaign's sources, and those with no source from the campaign's first
 * week), active and retained as states of a week. No suppression: it is a
 * baseline, not an answer anyone sees. It covers a campaign aimed at
 * everyone, which is what the bench asks about (a target would only narrow
 * the direct people by team).
 */

export interface RawRange {
  campaignId: string;
  /** ISO week keys: the first and last week shown, and the campaign's first week. */
  firstWeek: string;
  lastWeek: string;
  startWeek: string;
}

export interface RawCounts {
  key: string;
  visits: number;
  joined: number;
  installed: number;
  reminders: number;
  firstTraining: number;
  active: number;
  retained: number;
}

const COUNTED = sql`('training_completed', 'question_answered', 'macro_part_done')`;
const orgWeek = (at: RawBuilder<unknown>) => sql`to_char((${at}::timestamptz at time zone ${ORGANISATION_TIME_ZONE})::date, 'IYYY-"W"IW')`;
const monday = (key: string) => sql`to_date(${key}, 'IYYY-"W"IW')`;

/**
 * The people the campaign counts (its sources' and the sourceless), the weeks
 * each learned in (from five weeks before `learnedFrom`: retention looks back
 * six), and every stage event with its week.
 */
function stagedCte(range: RawRange, learnedFrom: string) {
  return sql`
    src as (select id from attribution_sources where campaign_id = ${range.campaignId}),
    cohort as (
      select p.id as person_id, coalesce(ft.source_id, '') as source_id, p.joined_at
      from people p left join first_touches ft on ft.person_id = p.id
      where ft.source_id in (select id from src) or ft.person_id is null
    ),
    counted as (
      select e.person_id, date_trunc('week', e.occurred_at::timestamptz at time zone e.time_zone)::date as monday
      from learning_events e join cohort c on c.person_id = e.person_id
      where e.kind in ${COUNTED} and e.occurred_at >= to_char(${monday(learnedFrom)} - 36, 'YYYY-MM-DD')
      group by 1, 2
    ),
    staged as (
      select source_id, 'joined' as stage, ${orgWeek(sql`joined_at`)} as week from cohort where joined_at is not null
      union all
      select c.source_id, a.kind, ${orgWeek(sql`a.occurred_at`)} from acquisition_events a join cohort c on c.person_id = a.person_id
      union all
      select c.source_id, 'first', ${orgWeek(sql`min(ic.completed_at)`)} from item_completions ic join cohort c on c.person_id = ic.person_id group by c.person_id, c.source_id
      union all
      select v.source_id, 'visit', ${orgWeek(sql`v.visited_at`)} from attribution_visits v where v.source_id in (select id from src)
    )`;
}

const tally = sql`
  count(*) filter (where stage = 'visit') as visits,
  count(*) filter (where stage = 'joined') as joined,
  count(*) filter (where stage = 'install') as installed,
  count(*) filter (where stage = 'push_opt_in') as reminders,
  count(*) filter (where stage = 'first') as first_training,
  count(*) filter (where stage = 'active') as active,
  count(*) filter (where stage = 'retained') as retained`;

/** Active and retained in the last week only: the campaign's state now. */
function lastWeekStates(range: RawRange) {
  return sql`
    union all
    select c.source_id, 'active', ${range.lastWeek} from counted k join cohort c on c.person_id = k.person_id where k.monday = ${monday(range.lastWeek)}
    union all
    select c.source_id, 'retained', ${range.lastWeek} from (
      select person_id from counted where monday between ${monday(range.lastWeek)} - 35 and ${monday(range.lastWeek)} group by person_id having count(*) >= 4
    ) r join cohort c on c.person_id = r.person_id`;
}

const inRange = (range: RawRange) => sql`week between ${range.firstWeek} and ${range.lastWeek} and (source_id <> '' or week >= ${range.startWeek})`;

type Row = { key: string; visits: string; joined: string; installed: string; reminders: string; first_training: string; active: string; retained: string };
const toCounts = (r: Row): RawCounts => ({
  key: r.key,
  visits: Number(r.visits),
  joined: Number(r.joined),
  installed: Number(r.installed),
  reminders: Number(r.reminders),
  firstTraining: Number(r.first_training),
  active: Number(r.active),
  retained: Number(r.retained),
});

/** The funnel's stages: everyone the campaign counts, in one row, and how many it reaches. */
export async function rawStages(db: Kysely<Database>, range: RawRange): Promise<RawCounts & { reached: number }> {
  const { rows } = await sql<Row & { reached: string }>`
    with ${stagedCte(range, range.lastWeek)},
    states as (select * from staged ${lastWeekStates(range)})
    select 'all' as key, ${tally}, (select count(*) from people where left_at is null) as reached
    from states where ${inRange(range)}`.execute(db);
  const row = rows[0];
  if (!row) throw new Error('no stages');
  return { ...toCounts(row), reached: Number(row.reached) };
}

/** The channel view: the same, per source ('' for those who came on their own). */
export async function rawChannels(db: Kysely<Database>, range: RawRange): Promise<RawCounts[]> {
  const { rows } = await sql<Row>`
    with ${stagedCte(range, range.lastWeek)},
    states as (select * from staged ${lastWeekStates(range)})
    select source_id as key, ${tally} from states where ${inRange(range)} group by source_id order by source_id`.execute(db);
  return rows.map(toCounts);
}

/** The weekly trend: per week, with each week's own active and retained. */
export async function rawWeeks(db: Kysely<Database>, range: RawRange): Promise<RawCounts[]> {
  const { rows } = await sql<Row>`
    with ${stagedCte(range, range.firstWeek)},
    weeks as (select w::date as monday from generate_series(${monday(range.firstWeek)}, ${monday(range.lastWeek)}, interval '7 days') w),
    states as (
      select * from staged
      union all
      select c.source_id, 'active', to_char(k.monday, 'IYYY-"W"IW') from counted k join cohort c on c.person_id = k.person_id
      union all
      select c.source_id, 'retained', r.week from (
        select to_char(w.monday, 'IYYY-"W"IW') as week, k.person_id from weeks w join counted k on k.monday between w.monday - 35 and w.monday
        group by w.monday, k.person_id having count(*) >= 4
      ) r join cohort c on c.person_id = r.person_id
    )
    select week as key, ${tally} from states where ${inRange(range)} group by week order by week`.execute(db);
  return rows.map(toCounts);
}
