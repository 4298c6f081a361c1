import { sql, type Kysely } from 'kysely';
import type { Database } from '../../server/db/database';

/**
 * Generated history for the funnel bench, written by PostgreSQL itself
 * (INSERT … SELECT FROM generate_series), never row by row from Node: at five
 * million events the round trips would be the bench.
 *
 * The shape follows the demo's funnel history (server/demo/demo-funnel.ts),
 * only larger: most people join, of those most install and about half allow
 * reminders, fewer learn, and of those a core keeps learning week after week
 * (retained). Every column is written as the API writes it: ids as text,
 * instants as ISO strings with milliseconds and Z, learning in the person's
 * own zone, a completion once per person and training. Ids are md5-based
 * uuids (bench_id): the same on every run, and a later step can name a row
 * an earlier one made without reading it back.
 */

export interface FunnelScale {
  people: number;
  events: number;
  campaigns: number;
  posters: number;
}

export interface GeneratedFunnel {
  /** The campaign the bench asks about: everyone its audience, 20 posters, running over most of the history. */
  campaignId: string;
  activeWeeks: number;
}

const DEPARTMENTS = 20;
const TEAMS_PER_DEPARTMENT = 10;
const ITEMS = 24;
const WEEKS = 26;
/** Posters of the large campaign; the rest are spread over the other campaigns. */
const LARGE_CAMPAIGN_POSTERS = 20;
const DAY_MS = 86_400_000;

/**
 * Fills a fresh, migrated PostgreSQL database. `now` is a Tuesday: the history
 * runs over the 26 ISO weeks up to and including its week.
 */
export async function generateFunnelHistory(db: Kysely<Database>, scale: FunnelScale, now: Date, log: (message: string) => void): Promise<GeneratedFunnel> {
  const monday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - ((now.getUTCDay() + 6) % 7)));
  const windowStart = new Date(monday.getTime() - (WEEKS - 1) * 7 * DAY_MS).toISOString();
  const nowIso = now.toISOString();
  const createdAt = new Date(Date.parse(windowStart) - 40 * 7 * DAY_MS).toISOString();
  const dateOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const teams = DEPARTMENTS * TEAMS_PER_DEPARTMENT;
  const otherPosters = scale.posters - LARGE_CAMPAIGN_POSTERS;

  return db.connection().execute(async (conn) => {
    const run = (query: ReturnType<typeof sql>) => query.execute(conn);
    // One connection throughout, so setseed makes the same history every run.
    await run(sql`select setseed(0.42)`);
    await run(sql`create or replace function bench_iso(timestamptz) returns text language sql immutable as $$ select to_char($1 at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') $$`);
    await run(sql`create or replace function bench_id(text, bigint) returns text language sql immutable as $$ select md5($1 || $2::text)::uuid::text $$`);

    log('organisation, trainings, campaigns, posters…');
    await run(sql`insert into departments (id, name, created_at) select bench_id('department', d), 'Afdeling ' || d, ${createdAt} from generate_series(0, ${DEPARTMENTS - 1}) d`);
    await run(sql`insert into teams (id, department_id, name, created_at)
      select bench_id('team', t), bench_id('department', t / ${TEAMS_PER_DEPARTMENT}), 'Team ' || t, ${createdAt} from generate_series(0, ${teams - 1}) t`);
    await run(sql`insert into learning_items (id, kind, duration_minutes, published_at, created_at, updated_at)
      select bench_id('item', i), 'micro', 5, ${createdAt}, ${createdAt}, ${createdAt} from generate_series(0, ${ITEMS - 1}) i`);
    await run(sql`insert into learning_item_texts (item_id, language, title, summary)
      select bench_id('item', i), 'nl', 'Training ' || i, 'Vijf minuten' from generate_series(0, ${ITEMS - 1}) i`);
    // The large campaign (0) starts 14 weeks before now and ends in two: its default range (12 weeks of run-up) covers the whole history.
    const largeStarts = dateOf(now.getTime() - 14 * 7 * DAY_MS);
    const largeEnds = dateOf(now.getTime() + 14 * DAY_MS);
    await run(sql`insert into campaigns (id, name, starts_on, ends_on, texts, target, published_at, created_at, updated_at)
      select bench_id('campaign', c), 'Campagne ' || c,
        case when c = 0 then ${largeStarts} else to_char(${windowStart}::timestamptz + ((c * 3) % 22) * interval '7 days', 'YYYY-MM-DD') end,
        case when c = 0 then ${largeEnds} else to_char(${windowStart}::timestamptz + ((c * 3) % 22 + 4) * interval '7 days', 'YYYY-MM-DD') end,
        '{}',
        case when c = 0 then '{"departmentIds":[],"teamIds":[],"roles":[],"locations":[],"languages":[]}'
          else '{"departmentIds":["' || bench_id('department', c % ${DEPARTMENTS}) || '"],"teamIds":[],"roles":[],"locations":[],"languages":[]}' end,
        ${createdAt}, ${createdAt}, ${createdAt}
      from generate_series(0, ${scale.campaigns - 1}) c`);
    // A poster is an attribution source of kind 'poster' whose id and ref_id are the poster's id (migration 0059).
    const campaignOfPoster = sql`case when p < ${LARGE_CAMPAIGN_POSTERS} then 0 else 1 + (p - ${LARGE_CAMPAIGN_POSTERS}) % ${scale.campaigns - 1} end`;
    await run(sql`insert into posters (id, campaign_id, placement, code, created_at)
      select bench_id('poster', p), bench_id('campaign', ${campaignOfPoster}), 'Plek ' || p, 'bp' || p, ${createdAt} from generate_series(0, ${scale.posters - 1}) p`);
    await run(sql`insert into attribution_sources (id, kind, ref_id, campaign_id, label, code, created_at)
      select id, 'poster', id, campaign_id, placement, code, created_at from posters`);

    log(`${scale.people.toLocaleString('en-GB')} people, first touches, installs, opt-ins, visits…`);
    // Who each generated person is: when they joined (85 %; a quarter of those before the history), whether they learn, how keen, which poster brought them.
    await run(sql`create table bench_people as
      select i, bench_id('person', i) as id,
        case when i % 20 = 0 then 'Europe/London' else 'Europe/Amsterdam' end as time_zone,
        case when a < 0.85 then
          case when b < 0.25 then ${windowStart}::timestamptz - c * interval '182 days'
          else ${windowStart}::timestamptz + c * (${nowIso}::timestamptz - interval '1 hour' - ${windowStart}::timestamptz) end
        end as joined,
        d < 0.7 as learner,
        case when e < 0.3 then 0.85 when e < 0.7 then 0.45 else 0.15 end as habit,
        case when f < 0.6 then
          case when g < 0.35 then floor(h * ${LARGE_CAMPAIGN_POSTERS})::int else ${LARGE_CAMPAIGN_POSTERS} + floor(h * ${otherPosters})::int end
        end as poster
      from (select i, random() a, random() b, random() c, random() d, random() e, random() f, random() g, random() h from generate_series(0, ${scale.people - 1}) i) r`);
    await run(sql`insert into people (id, email, name, role, language, time_zone, department_id, team_id, manager_id, created_at, joined_at, left_at)
      select id, case when i % 3 = 0 then null else 'p' || i || '@bench.example' end, 'Collega ' || i,
        case when i % 50 = 0 then 'manager' else 'employee' end, case when i % 7 = 0 then 'en' else 'nl' end, time_zone,
        bench_id('department', (i % ${teams}) / ${TEAMS_PER_DEPARTMENT}), bench_id('team', i % ${teams}), null,
        bench_iso(coalesce(joined, ${nowIso}::timestamptz) - interval '3 days'), bench_iso(joined), null
      from bench_people`);
    await run(sql`insert into first_touches (person_id, source_id, touched_at)
      select id, bench_id('poster', poster), bench_iso(joined) from bench_people where joined is not null and poster is not null`);
    await run(sql`insert into acquisition_events (person_id, kind, occurred_at)
      select id, 'install', bench_iso(least(joined + random() * interval '2 days', ${nowIso}::timestamptz - interval '1 hour'))
      from bench_people where joined is not null and random() < 0.75`);
    await run(sql`insert into acquisition_events (person_id, kind, occurred_at)
      select id, 'push_opt_in', bench_iso(least(joined + interval '1 day' + random() * interval '3 days', ${nowIso}::timestamptz - interval '1 hour'))
      from bench_people where joined is not null and random() < 0.45`);
    // A scan shortly before each poster sign-up, and three scans that led nowhere for every one that did.
    await run(sql`insert into attribution_visits (id, source_id, visited_at)
      select gen_random_uuid()::text, bench_id('poster', poster), bench_iso(joined - random() * interval '2 days')
      from bench_people where joined is not null and poster is not null`);
    await run(sql`insert into attribution_visits (id, source_id, visited_at)
      select gen_random_uuid()::text, bench_id('poster', case when random() < 0.35 then floor(random() * ${LARGE_CAMPAIGN_POSTERS})::int else ${LARGE_CAMPAIGN_POSTERS} + floor(random() * ${otherPosters})::int end),
        bench_iso(${windowStart}::timestamptz + random() * (${nowIso}::timestamptz - interval '1 hour' - ${windowStart}::timestamptz))
      from bench_people, generate_series(1, 3) where joined is not null and poster is not null`);

    // The weeks each learner learned in: the week they joined (or the first of the history) always, after that each week with their habit's odds.
    await run(sql`create table bench_weeks as
      select (row_number() over (order by p.i, w) - 1)::bigint as k, p.id as person_id, p.time_zone,
        greatest(${windowStart}::timestamptz + w * interval '7 days' + interval '2 hours', p.joined) as lo,
        least(${windowStart}::timestamptz + w * interval '7 days' + interval '6 days 20 hours', ${nowIso}::timestamptz - interval '1 hour') as hi
      from bench_people p, generate_series(greatest(0, floor(extract(epoch from p.joined - ${windowStart}::timestamptz) / 604800))::int, ${WEEKS - 1}) w
      where p.learner and p.joined is not null
        and (w = greatest(0, floor(extract(epoch from p.joined - ${windowStart}::timestamptz) / 604800))::int or random() < p.habit)`);
    await run(sql`delete from bench_weeks where lo >= hi`);
    await run(sql`create table bench_active as select (row_number() over (order by k) - 1)::bigint as k, person_id, time_zone, lo, hi from bench_weeks`);
    await run(sql`create unique index on bench_active (k)`);
    const activeWeeks = Number((await sql<{ n: string }>`select count(*) as n from bench_active`.execute(conn)).rows[0]?.n ?? 0);

    // The events, spread evenly over those weeks (about ten a week): mostly questions answered and trainings finished, some starts and teasers opened.
    const chunk = 500_000;
    for (let from = 0; from < scale.events; from += chunk) {
      const to = Math.min(scale.events, from + chunk) - 1;
      log(`learning events ${from.toLocaleString('en-GB')}–${(to + 1).toLocaleString('en-GB')} of ${scale.events.toLocaleString('en-GB')}…`);
      await run(sql`insert into learning_events (id, person_id, kind, item_id, teaser_id, question_id, correct, part, award_key, occurred_at, time_zone, received_at, points)
        select gen_random_uuid()::text, a.person_id, e.kind,
          case when e.kind in ('training_started', 'training_completed') then bench_id('item', e.item) end, null,
          case when e.kind = 'question_answered' then 'bench-q-' || (e.i % 500) end,
          case when e.kind = 'question_answered' then (e.t < 0.7)::int end, null, null,
          bench_iso(a.lo + e.t * (a.hi - a.lo)), a.time_zone,
          bench_iso(least(a.lo + e.t * (a.hi - a.lo) + e.delay * interval '10 minutes', ${nowIso}::timestamptz)),
          case e.kind when 'training_completed' then 10 when 'question_answered' then 2 else 0 end
        from (
          select i, r, t, delay, item, case when r < 0.45 then 'question_answered' when r < 0.7 then 'training_completed' when r < 0.9 then 'training_started' else 'teaser_opened' end as kind
          from (select i, random() r, random() t, random() delay, floor(random() * ${ITEMS})::int item from generate_series(${from}::bigint, ${to}::bigint) i) g
        ) e
        join bench_active a on a.k = e.i * ${activeWeeks}::bigint / ${scale.events}::bigint`);
    }
    await run(sql`insert into item_completions (person_id, item_id, completed_at, source)
      select person_id, item_id, min(occurred_at), 'app' from learning_events where kind = 'training_completed' group by person_id, item_id`);
    for (const table of ['bench_active', 'bench_weeks', 'bench_people']) await run(sql`drop table ${sql.table(table)}`);
    await run(sql`analyze`);
    return { campaignId: String((await sql<{ id: string }>`select bench_id('campaign', 0) as id`.execute(conn)).rows[0]?.id), activeWeeks };
  });
}
