import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { AppError, notFound } from '../../http/app-error';
import { suppressFunnelTables, type FunnelTable } from '../../../shared/domain/funnel-tables';
import { MIN_GROUP_SIZE } from '../../../shared/domain/group-privacy';
import { isoWeekOf, nextWeek, weekKey } from '../../../shared/domain/iso-week';
import { localDateIn } from '../../../shared/domain/local-date';
import { pickLanguage } from '../../../shared/domain/localized';
import { campaignTargetSchema } from '../../../shared/schemas/campaigns';
import type { Funnel, FunnelColumn, FunnelQuery, TeamFunnel } from '../../../shared/schemas/insights';
import { parseJson } from '../../db/stored-json';
import type { PersonRow } from '../people/people.table';
import { median, orgWeekOf, weekBounds } from './funnel-fold';

const MAX_RANGE_DAYS = 2 * 366;
/** Posters go up before the kick-off: by default the figures start this many weeks before the campaign. */
const RUN_UP_WEEKS = 12;

const PEOPLE: FunnelColumn[] = ['joined', 'installed', 'reminders', 'firstTraining', 'active', 'retained'];
const WITH_VISITS: FunnelColumn[] = ['visits', ...PEOPLE];
const TRAINING: FunnelColumn[] = ['started', 'completed', 'rate', 'medianMinutes', 'reactionScore'];

type Counts = Record<'visits' | 'joined' | 'installed' | 'reminders' | 'firstTraining' | 'active' | 'retained', number>;
const zero = (): Counts => ({ visits: 0, joined: 0, installed: 0, reminders: 0, firstTraining: 0, active: 0, retained: 0 });

const dayMs = 86_400_000;
const isDate = (s: string) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

/** The weeks a range covers, first to last (ISO keys, organisation's calendar). */
function weeksOf(from: string, to: string): string[] {
  const last = weekKey(isoWeekOf(localDateIn(`${to}T12:00:00Z`, 'UTC')));
  const weeks: string[] = [];
  for (let w = isoWeekOf(localDateIn(`${from}T12:00:00Z`, 'UTC')); weekKey(w) <= last; w = nextWeek(w)) weeks.push(weekKey(w));
  return weeks;
}

/** The range asked for, or the campaign's run with its run-up; a range ending before it starts or longer than two years is refused. */
export function rangeOf(query: Pick<FunnelQuery, 'from' | 'to'>, campaign: { starts_on: string; ends_on: string }, now: Date): { from: string; to: string } {
  const today = now.toISOString().slice(0, 10);
  const to = query.to ?? (campaign.ends_on < today ? campaign.ends_on : today < campaign.starts_on ? campaign.starts_on : today);
  const from = query.from ?? new Date(Date.parse(`${campaign.starts_on}T00:00:00Z`) - RUN_UP_WEEKS * 7 * dayMs).toISOString().slice(0, 10);
  if (!isDate(from) || !isDate(to)) throw new AppError(422, 'invalid_date', 'Use real dates like 2026-05-01');
  if (to < from) throw new AppError(422, 'range_inverted', `The range ends (${to}) before it starts (${from})`);
  if ((Date.parse(to) - Date.parse(from)) / dayMs > MAX_RANGE_DAYS) throw new AppError(422, 'range_too_long', 'A range spans at most two years');
  return { from, to };
}

/** Who a campaign speaks to, counted straight from the people (left staff excluded). */
async function reachedBy(db: Kysely<Database>, target: ReturnType<typeof targetOf>): Promise<number> {
  let q = db.selectFrom('people').select((eb) => eb.fn.countAll().as('n')).where('left_at', 'is', null);
  if (target.roles.length) q = q.where('role', 'in', target.roles);
  if (target.languages.length) q = q.where('language', 'in', target.languages);
  if (target.departmentIds.length || target.teamIds.length) {
    q = q.where((eb) =>
      eb.or([...(target.departmentIds.length ? [eb('department_id', 'in', target.departmentIds)] : []), ...(target.teamIds.length ? [eb('team_id', 'in', target.teamIds)] : [])]),
    );
  }
  return Number((await q.executeTakeFirst())?.n ?? 0);
}

const targetOf = (json: string) => parseJson(json, campaignTargetSchema, { departmentIds: [], teamIds: [], roles: [], locations: [], languages: [], groupIds: [] });

/**
 * One campaign's funnel and one breakdown of it, from the rollups only: the
 * people its sources brought in, and those who joined without a source in
 * its teams while it ran. Every figure of fewer than 5 people is withheld,
 * and whatever would give one back (suppressFunnelTables); no one is listed.
 */
export async function campaignFunnel(db: Kysely<Database>, admin: PersonRow, campaignId: string, query: FunnelQuery, now: Date): Promise<Funnel> {
  const campaign = await db.selectFrom('campaigns').select(['id', 'starts_on', 'ends_on', 'target']).where('id', '=', campaignId).executeTakeFirst();
  if (!campaign) throw notFound('Campaign');
  const { from, to } = rangeOf(query, campaign, now);
  const weeks = weeksOf(from, to);
  const target = targetOf(campaign.target);
  const lastWeek = weeks[weeks.length - 1] ?? orgWeekOf(now.toISOString());

  const [sources, teams, departments, state] = await Promise.all([
    db.selectFrom('attribution_sources').select(['id', 'kind', 'label']).where('campaign_id', '=', campaignId).orderBy('created_at').orderBy('label').execute(),
    db.selectFrom('teams').select(['id', 'department_id']).execute(),
    db.selectFrom('departments').select(['id', 'name']).orderBy('name').execute(),
    db.selectFrom('funnel_state').select('folded_at').executeTakeFirst(),
  ]);
  const sourceIds = sources.map((s) => s.id);

  // The direct ones (no source) count from the campaign's first week, in its teams.
  const startWeek = orgWeekOf(`${campaign.starts_on}T12:00:00Z`);
  const everyTeam = target.departmentIds.length === 0 && target.teamIds.length === 0;
  const audienceTeamIds = [...new Set([...target.teamIds, ...teams.filter((t) => target.departmentIds.includes(t.department_id ?? '')).map((t) => t.id)])];
  const [summed, visits, reached] = await Promise.all([
    // Added up in the database per source, week and department: a campaign for everyone has a row per team, and
    // carrying them all into Node to add them up there was most of an answer's time at 100,000 people.
    db
      .selectFrom('funnel_weeks')
      .leftJoin('teams', 'teams.id', 'funnel_weeks.team_id')
      .select((eb) => [
        'funnel_weeks.source_id',
        'funnel_weeks.week',
        'teams.department_id',
        eb.fn.sum<number | string>('funnel_weeks.joined').as('joined'),
        eb.fn.sum<number | string>('funnel_weeks.installed').as('installed'),
        eb.fn.sum<number | string>('funnel_weeks.reminders').as('reminders'),
        eb.fn.sum<number | string>('funnel_weeks.first_trainings').as('first_trainings'),
        eb.fn.sum<number | string>('funnel_weeks.active').as('active'),
        eb.fn.sum<number | string>('funnel_weeks.retained').as('retained'),
      ])
      .where('funnel_weeks.source_id', 'in', [...sourceIds, ''])
      .where('funnel_weeks.week', '>=', weeks[0] ?? lastWeek)
      .where('funnel_weeks.week', '<=', lastWeek)
      .where((eb) =>
        eb.or([
          eb('funnel_weeks.source_id', '!=', ''),
          eb.and([eb('funnel_weeks.week', '>=', startWeek), ...(everyTeam ? [] : [eb('funnel_weeks.team_id', 'in', audienceTeamIds.length > 0 ? audienceTeamIds : [''])])]),
        ]),
      )
      .groupBy(['funnel_weeks.source_id', 'funnel_weeks.week', 'teams.department_id'])
      .execute(),
    sourceIds.length
      ? db
          .selectFrom('funnel_visit_weeks')
          .selectAll()
          .where('source_id', 'in', sourceIds)
          .where('week', '>=', weeks[0] ?? lastWeek)
          .where('week', '<=', lastWeek)
          .execute()
      : Promise.resolve([]),
    reachedBy(db, target),
  ]);
  const ours = summed.map((r) => ({
    source_id: r.source_id,
    week: r.week,
    department_id: r.department_id ?? '',
    joined: Number(r.joined),
    installed: Number(r.installed),
    reminders: Number(r.reminders),
    first_trainings: Number(r.first_trainings),
    active: Number(r.active),
    retained: Number(r.retained),
  }));

  const bySource = new Map<string, Counts>([...sourceIds, ''].map((id) => [id, zero()]));
  const byDepartment = new Map<string, Counts>([...departments.map((d) => d.id), ''].map((id) => [id, zero()]));
  const byWeek = new Map<string, Counts>(weeks.map((w) => [w, zero()]));
  const addTo = (c: Counts | undefined, r: (typeof ours)[number]) => {
    if (!c) return;
    c.joined += r.joined;
    c.installed += r.installed;
    c.reminders += r.reminders;
    c.firstTraining += r.first_trainings;
    // Active and retained are states of a week: the last week's.
    if (r.week === lastWeek) {
      c.active += r.active;
      c.retained += r.retained;
    }
  };
  for (const r of ours) {
    addTo(bySource.get(r.source_id), r);
    addTo(byDepartment.get(r.department_id), r);
    const w = byWeek.get(r.week);
    if (w) {
      w.joined += r.joined;
      w.installed += r.installed;
      w.reminders += r.reminders;
      w.firstTraining += r.first_trainings;
      w.active += r.active;
      w.retained += r.retained;
    }
  }
  for (const v of visits) {
    const s = bySource.get(v.source_id);
    if (s) s.visits += v.visits;
    const w = byWeek.get(v.week);
    if (w) w.visits += v.visits;
  }
  // A source with nobody and nothing behind it is no row; "direct" stays only with people behind it.
  const channelKeys = [...bySource.entries()].filter(([id, c]) => id !== '' || Object.values(c).some((n) => n > 0)).map(([id]) => id);
  const departmentKeys = [...byDepartment.entries()].filter(([id, c]) => id !== '' || Object.values(c).some((n) => n > 0)).map(([id]) => id);
  const cellsOf = (c: Counts, columns: FunnelColumn[]) => columns.map((col) => c[col as keyof Counts] ?? 0);

  // Visits come through a source only: the direct row has none by construction (no figure), so they are a table of the sources alone.
  const visitTable: FunnelTable = { cells: sourceIds.map((id) => [bySource.get(id)?.visits ?? 0]), additive: [true] };
  const channel: FunnelTable = { cells: channelKeys.map((id) => cellsOf(bySource.get(id) ?? zero(), PEOPLE)), additive: PEOPLE.map(() => true) };
  const group: FunnelTable = { cells: departmentKeys.map((id) => cellsOf(byDepartment.get(id) ?? zero(), PEOPLE)), additive: PEOPLE.map(() => true) };
  const weekly: FunnelTable = { cells: weeks.map((w) => cellsOf(byWeek.get(w) ?? zero(), WITH_VISITS)), additive: WITH_VISITS.map((c) => c !== 'active' && c !== 'retained') };
  const [visitsOut, peopleOut, groupOut, weeklyOut] = suppressFunnelTables([visitTable, channel, group, weekly], [['visits'], PEOPLE, PEOPLE, WITH_VISITS]);
  if (!visitsOut || !peopleOut || !groupOut || !weeklyOut) throw new Error('suppression lost a table');
  const channelOut = {
    cells: channelKeys.map((id, i) => [id === '' ? null : (visitsOut.cells[sourceIds.indexOf(id)]?.[0] ?? null), ...(peopleOut.cells[i] ?? [])]),
    totals: [visitsOut.totals[0] ?? null, ...peopleOut.totals],
  };
  // The last week's active and retained are the campaign's: withheld there, withheld here.
  const lastRow = weeklyOut.cells[weeklyOut.cells.length - 1];
  for (const col of ['active', 'retained'] as const) {
    const i = WITH_VISITS.indexOf(col);
    if (lastRow && channelOut.totals[i] === null) lastRow[i] = null;
  }

  const stageValue = (col: FunnelColumn) => channelOut.totals[WITH_VISITS.indexOf(col)] ?? null;
  const stages = [{ stage: 'reached' as const, value: reached >= MIN_GROUP_SIZE ? reached : null }, ...WITH_VISITS.map((stage) => ({ stage, value: stageValue(stage) }))];
  const base = { campaignId, breakdown: query.breakdown, from, to, stages, medianDays: await medianDays(db, sourceIds, weeks), foldedAt: state?.folded_at ?? null };

  const labelOf = new Map(sources.map((s) => [s.id, s]));
  switch (query.breakdown) {
    case 'channel':
      return {
        ...base,
        columns: WITH_VISITS,
        rows: channelKeys.map((id, i) => ({ key: id || 'direct', label: labelOf.get(id)?.label ?? '', kind: labelOf.get(id)?.kind ?? 'direct', cells: channelOut.cells[i] ?? [] })),
        totals: channelOut.totals,
      };
    case 'group': {
      const names = new Map(departments.map((d) => [d.id, d.name]));
      return {
        ...base,
        columns: PEOPLE,
        rows: departmentKeys.map((id, i) => ({ key: id || 'none', label: names.get(id) ?? '', kind: 'department' as const, cells: groupOut.cells[i] ?? [] })),
        totals: groupOut.totals,
      };
    }
    case 'week':
      return { ...base, columns: WITH_VISITS, rows: weeks.map((w, i) => ({ key: w, label: w, kind: 'week' as const, cells: weeklyOut.cells[i] ?? [] })), totals: weeklyOut.totals };
    case 'training':
      return { ...base, ...(await trainingRows(db, campaignId, admin)) };
  }
}

/** Per training the campaign promotes: started, completed, completion rate (%), median minutes, share of useful reactions (%). */
async function trainingRows(db: Kysely<Database>, campaignId: string, admin: PersonRow): Promise<Pick<Funnel, 'columns' | 'rows' | 'totals'>> {
  const direct = db.selectFrom('campaign_items').select('item_id').where('campaign_id', '=', campaignId);
  const viaTeasers = db
    .selectFrom('campaign_teasers')
    .innerJoin('teasers', 'teasers.id', 'campaign_teasers.teaser_id')
    .select('teasers.item_id')
    .where('campaign_teasers.campaign_id', '=', campaignId)
    .where('teasers.item_id', 'is not', null);
  const ids = [...new Set([...(await direct.execute()).map((r) => r.item_id), ...(await viaTeasers.execute()).flatMap((r) => (r.item_id ? [r.item_id] : []))])];
  if (ids.length === 0) return { columns: TRAINING, rows: [], totals: TRAINING.map(() => null) };
  const [figures, texts] = await Promise.all([
    db.selectFrom('funnel_trainings').selectAll().where('item_id', 'in', ids).execute(),
    db.selectFrom('learning_item_texts').select(['item_id', 'language', 'title']).where('item_id', 'in', ids).execute(),
  ]);
  const byItem = new Map(figures.map((f) => [f.item_id, f]));
  const k = MIN_GROUP_SIZE;
  const rows = ids.map((id) => {
    const f = byItem.get(id);
    const started = f && f.started >= k ? f.started : null;
    const completed = f && f.completed >= k ? f.completed : null;
    const title = pickLanguage(texts.filter((t) => t.item_id === id), admin.language)?.text.title ?? '';
    return {
      key: id,
      label: title,
      kind: 'training' as const,
      cells: [
        started,
        completed,
        started !== null && completed !== null ? Math.round((100 * completed) / Math.max(started, completed)) : null,
        completed !== null ? (f?.median_minutes ?? null) : null,
        f && f.reactions >= k ? Math.round((100 * f.useful) / f.reactions) : null,
      ],
    };
  });
  rows.sort((a, b) => a.label.localeCompare(b.label));
  return { columns: TRAINING, rows, totals: TRAINING.map(() => null) };
}

/** How long people take: median days from joining to a first install and to a first finished training, over the campaign's sources. */
async function medianDays(db: Kysely<Database>, sourceIds: string[], weeks: string[]): Promise<Funnel['medianDays']> {
  if (sourceIds.length === 0 || weeks.length === 0) return { joinedToInstalled: null, joinedToFirstTraining: null };
  const start = weekBounds(weeks[0] ?? '').start;
  const end = weekBounds(weeks[weeks.length - 1] ?? '').end;
  const people = await db
    .selectFrom('first_touches')
    .innerJoin('people', 'people.id', 'first_touches.person_id')
    .leftJoin('acquisition_events', (join) => join.onRef('acquisition_events.person_id', '=', 'people.id').on('acquisition_events.kind', '=', 'install'))
    .leftJoin('funnel_firsts', 'funnel_firsts.person_id', 'people.id')
    .select(['people.joined_at', 'acquisition_events.occurred_at as installed_at', 'funnel_firsts.first_training_at'])
    .where('first_touches.source_id', 'in', sourceIds)
    .where('people.joined_at', '>=', start)
    .where('people.joined_at', '<', end)
    .execute();
  const days = (a: string | null, b: string | null) => (a && b && b >= a ? [(Date.parse(b) - Date.parse(a)) / dayMs] : []);
  const toInstall = people.flatMap((p) => days(p.joined_at, p.installed_at));
  const toTraining = people.flatMap((p) => days(p.joined_at, p.first_training_at));
  return {
    joinedToInstalled: toInstall.length >= MIN_GROUP_SIZE ? median(toInstall) : null,
    joinedToFirstTraining: toTraining.length >= MIN_GROUP_SIZE ? median(toTraining) : null,
  };
}

/** A manager's own team, in aggregate: each stage's people, the current week, withheld under 5. */
export async function teamFunnel(db: Kysely<Database>, manager: PersonRow, now: Date): Promise<TeamFunnel> {
  const week = orgWeekOf(now.toISOString());
  const teamId = manager.team_id;
  const stagesOf = (c: Counts) => PEOPLE.map((stage) => ({ stage, value: c[stage as keyof Counts] >= MIN_GROUP_SIZE ? c[stage as keyof Counts] : null }));
  if (!teamId) return { teamId: null, stages: stagesOf(zero()) };
  const rows = await db.selectFrom('funnel_weeks').selectAll().where('team_id', '=', teamId).execute();
  const c = zero();
  for (const r of rows) {
    c.joined += r.joined;
    c.installed += r.installed;
    c.reminders += r.reminders;
    c.firstTraining += r.first_trainings;
    if (r.week === week) {
      c.active += r.active;
      c.retained += r.retained;
    }
  }
  return { teamId, stages: stagesOf(c) };
}


