import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { countsForStreak } from '../../../shared/domain/learning-activity';
import { isoWeekOf, nextWeek, parseWeekKey, previousWeek, weekKey } from '../../../shared/domain/iso-week';
import { localDateIn } from '../../../shared/domain/local-date';
import { ORGANISATION_TIME_ZONE } from '../../../shared/domain/organisation';
import { addDays, zonedToInstant } from '../../../shared/domain/zoned-time';

/*
 * Folds what arrived since the last fold into the funnel's rollups: cost
 * grows with what is new, not with every event ever recorded. Joins,
 * installs, opt-ins and visits are put in the week of the organisation's
 * calendar they fell in; learning in the week of the person's own zone (as
 * streaks count). A week is recounted whole when anything in it changed;
 * a learning week also recounts the five after it (retention looks back six).
 */

const STATE_ID = 'funnel';
const BATCH = 500;

export interface FoldResult {
  events: number;
  weeks: number;
}

/** Monday 00:00 of a week in the organisation's zone, as an ISO instant, and of the week after. */
export function weekBounds(key: string): { start: string; end: string } {
  const week = parseWeekKey(key);
  const jan4 = { year: week.year, month: 1, day: 4 };
  const jan4Weekday = (new Date(Date.UTC(week.year, 0, 4)).getUTCDay() + 6) % 7;
  const monday = addDays(jan4, (week.week - 1) * 7 - jan4Weekday);
  const start = zonedToInstant({ ...monday, minutes: 0 }, ORGANISATION_TIME_ZONE).toISOString();
  const end = zonedToInstant({ ...addDays(monday, 7), minutes: 0 }, ORGANISATION_TIME_ZONE).toISOString();
  return { start, end };
}

export const orgWeekOf = (iso: string): string => weekKey(isoWeekOf(localDateIn(iso, ORGANISATION_TIME_ZONE)));

/** Folds everything new; `full` refolds from the start (after a restore). */
export async function foldFunnel(db: Kysely<Database>, now: Date, options: { full?: boolean } = {}): Promise<FoldResult> {
  const state = options.full ? undefined : await db.selectFrom('funnel_state').selectAll().where('id', '=', STATE_ID).executeTakeFirst();
  const since = state?.folded_through ?? '';
  const through = now.toISOString();
  const weeks = new Set<string>([orgWeekOf(through)]);
  const people = new Set<string>();
  const items = new Set<string>();

  // Learning since the last fold: counted weeks and first trainings of the people it came from.
  let events = 0;
  let after = { received: since, id: '' };
  for (;;) {
    const rows = await db
      .selectFrom('learning_events')
      .select(['id', 'person_id', 'kind', 'item_id', 'occurred_at', 'time_zone', 'received_at'])
      // The plain lower bound says nothing the OR does not, but an index can start there: without it PostgreSQL
      // walks the index from the first event ever received on every page, and a large backlog folds in quadratic time.
      .where('received_at', '>=', after.received)
      .where((eb) => eb.or([eb('received_at', '>', after.received), eb.and([eb('received_at', '=', after.received), eb('id', '>', after.id)])]))
      .where('received_at', '<=', through)
      .orderBy('received_at')
      .orderBy('id')
      .limit(5000)
      .execute();
    if (rows.length === 0) break;
    events += rows.length;
    const learned = new Map<string, { person_id: string; week: string }>();
    for (const row of rows) {
      if (row.item_id && (row.kind === 'training_started' || row.kind === 'training_completed')) items.add(row.item_id);
      if (!countsForStreak(row.kind)) continue;
      people.add(row.person_id);
      const week = weekKey(isoWeekOf(localDateIn(row.occurred_at, row.time_zone)));
      learned.set(`${row.person_id} ${week}`, { person_id: row.person_id, week });
    }
    const values = [...learned.values()];
    for (let i = 0; i < values.length; i += BATCH) {
      await db
        .insertInto('learning_weeks')
        .values(values.slice(i, i + BATCH))
        .onConflict((oc) => oc.columns(['person_id', 'week']).doNothing())
        .execute();
    }
    for (const { week } of values) {
      let w = parseWeekKey(week);
      for (let i = 0; i < 6; i += 1, w = nextWeek(w)) weeks.add(weekKey(w));
    }
    const last = rows[rows.length - 1];
    if (!last) break;
    after = { received: last.received_at, id: last.id };
  }
  await foldFirstTrainings(db, [...people], weeks);

  // Joins, first touches, installs and opt-ins, visits: the weeks they fell in.
  const [joins, touches, acquisitions, visits] = await Promise.all([
    db.selectFrom('people').select('joined_at as at').where('joined_at', '>', since).where('joined_at', '<=', through).execute(),
    db.selectFrom('first_touches').innerJoin('people', 'people.id', 'first_touches.person_id').select('people.joined_at as at').where('touched_at', '>', since).execute(),
    db.selectFrom('acquisition_events').select('occurred_at as at').where('occurred_at', '>', since).where('occurred_at', '<=', through).execute(),
    db.selectFrom('attribution_visits').select('visited_at as at').where('visited_at', '>', since).where('visited_at', '<=', through).execute(),
  ]);
  for (const row of [...joins, ...touches, ...acquisitions]) if (row.at) weeks.add(orgWeekOf(row.at));
  const visitWeeks = new Set(visits.map((v) => orgWeekOf(v.at)));
  if (options.full) for (const row of await db.selectFrom('learning_weeks').select('week').distinct().execute()) weeks.add(row.week);

  for (const week of [...weeks].sort()) await recountWeek(db, week);
  for (const week of visitWeeks) await recountVisits(db, week);
  await recountTrainings(db, [...items]);

  const folded = { id: STATE_ID, folded_through: through, folded_at: through };
  await db
    .insertInto('funnel_state')
    .values(folded)
    .onConflict((oc) => oc.column('id').doUpdateSet({ folded_through: through, folded_at: through }))
    .execute();
  return { events, weeks: weeks.size };
}

/** The first finished training of each of these people; a changed one recounts its week. */
async function foldFirstTrainings(db: Kysely<Database>, people: string[], weeks: Set<string>): Promise<void> {
  for (let i = 0; i < people.length; i += BATCH) {
    const ids = people.slice(i, i + BATCH);
    const [firsts, known] = await Promise.all([
      db.selectFrom('item_completions').select(['person_id', (eb) => eb.fn.min('completed_at').as('at')]).where('person_id', 'in', ids).groupBy('person_id').execute(),
      db.selectFrom('funnel_firsts').selectAll().where('person_id', 'in', ids).execute(),
    ]);
    const had = new Map(known.map((k) => [k.person_id, k.first_training_at]));
    for (const first of firsts) {
      const at = String(first.at);
      if (had.get(first.person_id) === at) continue;
      weeks.add(orgWeekOf(at));
      const old = had.get(first.person_id);
      if (old) weeks.add(orgWeekOf(old));
      await db
        .insertInto('funnel_firsts')
        .values({ person_id: first.person_id, first_training_at: at })
        .onConflict((oc) => oc.column('person_id').doUpdateSet({ first_training_at: at }))
        .execute();
    }
  }
}

type Counts = { joined: number; installed: number; reminders: number; first_trainings: number; active: number; retained: number };
type Grouped = { source_id: string | null; team_id: string | null; n: number | string | bigint };

/** Recounts one week's row per source and team from the per-person records. */
async function recountWeek(db: Kysely<Database>, week: string): Promise<void> {
  const { start, end } = weekBounds(week);
  const lastSix: string[] = [];
  for (let w = parseWeekKey(week), i = 0; i < 6; i += 1, w = previousWeek(w)) lastSix.push(weekKey(w));
  const [joined, installed, reminders, firsts, active, retained] = await Promise.all([
    db
      .selectFrom('people')
      .leftJoin('first_touches', 'first_touches.person_id', 'people.id')
      .select(['first_touches.source_id', 'people.team_id', (eb) => eb.fn.countAll().as('n')])
      .where('people.joined_at', '>=', start)
      .where('people.joined_at', '<', end)
      .groupBy(['first_touches.source_id', 'people.team_id'])
      .execute(),
    acquired(db, 'install', start, end),
    acquired(db, 'push_opt_in', start, end),
    db
      .selectFrom('funnel_firsts')
      .innerJoin('people', 'people.id', 'funnel_firsts.person_id')
      .leftJoin('first_touches', 'first_touches.person_id', 'people.id')
      .select(['first_touches.source_id', 'people.team_id', (eb) => eb.fn.countAll().as('n')])
      .where('funnel_firsts.first_training_at', '>=', start)
      .where('funnel_firsts.first_training_at', '<', end)
      .groupBy(['first_touches.source_id', 'people.team_id'])
      .execute(),
    db
      .selectFrom('learning_weeks')
      .innerJoin('people', 'people.id', 'learning_weeks.person_id')
      .leftJoin('first_touches', 'first_touches.person_id', 'people.id')
      .select(['first_touches.source_id', 'people.team_id', (eb) => eb.fn.countAll().as('n')])
      .where('learning_weeks.week', '=', week)
      .groupBy(['first_touches.source_id', 'people.team_id'])
      .execute(),
    db
      .selectFrom(
        db
          .selectFrom('learning_weeks')
          .select('person_id')
          .where('week', 'in', lastSix)
          .groupBy('person_id')
          .having((eb) => eb.fn.countAll(), '>=', 4)
          .as('r'),
      )
      .innerJoin('people', 'people.id', 'r.person_id')
      .leftJoin('first_touches', 'first_touches.person_id', 'people.id')
      .select(['first_touches.source_id', 'people.team_id', (eb) => eb.fn.countAll().as('n')])
      .groupBy(['first_touches.source_id', 'people.team_id'])
      .execute(),
  ]);
  const rows = new Map<string, { source_id: string; team_id: string } & Counts>();
  const add = (list: Grouped[], key: keyof Counts) => {
    for (const g of list) {
      const source_id = g.source_id ?? '';
      const team_id = g.team_id ?? '';
      const id = `${source_id} ${team_id}`;
      const row = rows.get(id) ?? { source_id, team_id, joined: 0, installed: 0, reminders: 0, first_trainings: 0, active: 0, retained: 0 };
      row[key] += Number(g.n);
      rows.set(id, row);
    }
  };
  add(joined, 'joined');
  add(installed, 'installed');
  add(reminders, 'reminders');
  add(firsts, 'first_trainings');
  add(active, 'active');
  add(retained, 'retained');
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('funnel_weeks').where('week', '=', week).execute();
    const values = [...rows.values()].map((r) => ({ week, ...r }));
    for (let i = 0; i < values.length; i += BATCH) await trx.insertInto('funnel_weeks').values(values.slice(i, i + BATCH)).execute();
  });
}

function acquired(db: Kysely<Database>, kind: 'install' | 'push_opt_in', start: string, end: string) {
  return db
    .selectFrom('acquisition_events')
    .innerJoin('people', 'people.id', 'acquisition_events.person_id')
    .leftJoin('first_touches', 'first_touches.person_id', 'people.id')
    .select(['first_touches.source_id', 'people.team_id', (eb) => eb.fn.countAll().as('n')])
    .where('acquisition_events.kind', '=', kind)
    .where('acquisition_events.occurred_at', '>=', start)
    .where('acquisition_events.occurred_at', '<', end)
    .groupBy(['first_touches.source_id', 'people.team_id'])
    .execute();
}

async function recountVisits(db: Kysely<Database>, week: string): Promise<void> {
  const { start, end } = weekBounds(week);
  const counts = await db
    .selectFrom('attribution_visits')
    .select(['source_id', (eb) => eb.fn.countAll().as('n')])
    .where('visited_at', '>=', start)
    .where('visited_at', '<', end)
    .groupBy('source_id')
    .execute();
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('funnel_visit_weeks').where('week', '=', week).execute();
    if (counts.length) await trx.insertInto('funnel_visit_weeks').values(counts.map((c) => ({ week, source_id: c.source_id, visits: Number(c.n) }))).execute();
  });
}

/** Per training: who started and finished it, the median minutes from first start to finish, and the one-tap reactions. */
async function recountTrainings(db: Kysely<Database>, items: string[]): Promise<void> {
  for (const itemId of items) {
    const [starts, completions, reactions] = await Promise.all([
      db
        .selectFrom('learning_events')
        .select(['person_id', (eb) => eb.fn.min('occurred_at').as('at')])
        .where('item_id', '=', itemId)
        .where('kind', '=', 'training_started')
        .groupBy('person_id')
        .execute(),
      db.selectFrom('item_completions').select(['person_id', 'completed_at']).where('item_id', '=', itemId).execute(),
      db
        .selectFrom('training_reactions')
        .select([(eb) => eb.fn.countAll().as('n'), (eb) => eb.fn.sum(sql<number>`useful`).as('useful')])
        .where('item_id', '=', itemId)
        .executeTakeFirst(),
    ]);
    const started = new Map(starts.map((s) => [s.person_id, String(s.at)]));
    const minutes = completions
      .flatMap((c) => {
        const from = started.get(c.person_id);
        return from ? [(Date.parse(c.completed_at) - Date.parse(from)) / 60_000] : [];
      })
      .filter((m) => m >= 0);
    const row = {
      item_id: itemId,
      // Someone who finished it started it, even if the start never reached the server.
      started: new Set([...started.keys(), ...completions.map((c) => c.person_id)]).size,
      completed: completions.length,
      median_minutes: median(minutes),
      reactions: Number(reactions?.n ?? 0),
      useful: Number(reactions?.useful ?? 0),
    };
    await db
      .insertInto('funnel_trainings')
      .values(row)
      .onConflict((oc) => oc.column('item_id').doUpdateSet({ started: row.started, completed: row.completed, median_minutes: row.median_minutes, reactions: row.reactions, useful: row.useful }))
      .execute();
  }
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return Math.round(sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2);
}

