import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { connectDatabase } from '../../server/db/connect';
import type { Database } from '../../server/db/database';
import { migrateToLatest } from '../../server/db/migrate';
import { foldFunnel, orgWeekOf } from '../../server/features/insights/funnel-fold';
import { campaignFunnel, rangeOf } from '../../server/features/insights/funnel.service';
import { isoWeekOf, weekKey } from '../../shared/domain/iso-week';
import { localDateIn } from '../../shared/domain/local-date';
import type { Funnel, FunnelQuery } from '../../shared/schemas/insights';
import type { Bench, Figure } from './figures';
import { generateFunnelHistory } from './funnel-data';
import { rawChannels, rawStages, rawWeeks, type RawCounts, type RawRange } from './funnel-raw';

/** FUNNEL_BENCH_SCALE=0.05 runs on a twentieth of the data (a quick look while working on it). */
const SCALE = Number(process.env.FUNNEL_BENCH_SCALE ?? '1');
const FULL = { people: 100_000, events: 5_000_000, campaigns: 50, posters: 200 };
/** A Tuesday: the history is the 26 weeks up to this one. */
const NOW = new Date('2026-12-01T09:00:00Z');
const WARM_UP = 3;
const RUNS = 30;
/** The raw queries take seconds each at full scale: fewer runs (FUNNEL_BENCH_RAW_RUNS overrides), after one warm-up. */
const RAW_RUNS = Number(process.env.FUNNEL_BENCH_RAW_RUNS ?? '5');
const BUDGET_MS = 200;
const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** The figures a raw answer carries, by the funnel's column names. */
type RawColumn = Exclude<keyof RawCounts, 'key'>;

interface Answer {
  id: string;
  label: string;
  rollups(): Promise<Funnel>;
  raw(): Promise<RawCounts[] | (RawCounts & { reached: number })>;
}

async function adminQuery(statement: string, values: unknown[] = []): Promise<Array<Record<string, unknown>>> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return (await client.query<Record<string, unknown>>(statement, values)).rows;
  } finally {
    await client.end();
  }
}

/** A fresh PostgreSQL database of the bench's own, and a way to drop it once every connection to it has gone. */
async function freshDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `leerlust_bench_funnel_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      // pg's pool.end() resolves before the server has let the connections go; dropping "with (force)" at once would kill them mid-goodbye.
      for (let waited = 0; waited < 2000; waited += 20) {
        const [row] = await adminQuery('select count(*) as n from pg_stat_activity where datname = $1', [name]);
        if (Number(row?.n) === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await adminQuery(`drop database if exists ${name} with (force)`);
    },
  };
}

/** Nearest rank: the value at or below which `p` of the samples lie. */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const value = sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
  if (value === undefined) throw new Error('percentile of nothing');
  return value;
}

/** Milliseconds per run of `work`, after `warmUp` runs that are not counted. */
async function timeRuns<T>(warmUp: number, runs: number, work: () => Promise<T>): Promise<{ ms: number[]; last: T }> {
  let last = await work();
  for (let i = 1; i < warmUp; i += 1) last = await work();
  const ms: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    last = await work();
    ms.push(performance.now() - started);
  }
  return { ms, last };
}

/** Where the rollups' answer and the raw one differ, cell by cell (withheld cells are skipped); empty when they agree. */
function differences(answer: Funnel, raw: RawCounts[], keyOf: (rowKey: string) => string): string[] {
  const byKey = new Map(raw.map((r) => [r.key, r]));
  const out: string[] = [];
  for (const row of answer.rows) {
    const expected = byKey.get(keyOf(row.key));
    answer.columns.forEach((column, i) => {
      const cell = row.cells[i];
      const want = expected ? expected[column as RawColumn] : 0;
      if (cell !== null && cell !== undefined && cell !== want) out.push(`${row.key}.${column}: rollups ${cell}, raw ${want}`);
    });
  }
  return out;
}

function stageDifferences(answer: Funnel, raw: RawCounts & { reached: number }): string[] {
  return answer.stages.flatMap((s) => {
    const want = s.stage === 'reached' ? raw.reached : raw[s.stage as RawColumn];
    return s.value !== null && s.value !== want ? [`${s.stage}: rollups ${s.value}, raw ${want}`] : [];
  });
}

async function countOf(db: Kysely<Database>, table: string): Promise<number> {
  const { rows } = await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

const seconds = (ms: number) => Math.round(ms / 100) / 10;

/**
 * The campaign funnel at an organisation's scale on PostgreSQL: 100,000
 * people, 5 million learning events over 26 weeks, 50 campaigns, 200
 * posters. Generating it, folding it into the rollups (the real fold, from
 * nothing), then the real service's answers for the largest campaign —
 * the funnel, the channel view and the weekly trend — beside the same three
 * questions asked straight of the raw records in the same run. The ratio
 * raw ÷ rollups is what the fold buys.
 */
export const funnelScale: Bench = {
  name: 'funnel at scale (PostgreSQL, 100,000 people, 5 million events)',
  timeoutMs: 45 * 60_000,
  async run({ log }) {
    const scale = { people: Math.round(FULL.people * SCALE), events: Math.round(FULL.events * SCALE), campaigns: FULL.campaigns, posters: FULL.posters };
    const place = await freshDatabase();
    const database = connectDatabase({ databaseUrl: place.url, sqliteFile: '' });
    try {
      const { db } = database;
      await migrateToLatest(db);

      const generateStarted = performance.now();
      const generated = await generateFunnelHistory(db, scale, NOW, log);
      const generateMs = performance.now() - generateStarted;

      log('folding into the rollups…');
      const foldStarted = performance.now();
      const fold = await foldFunnel(db, NOW);
      const foldMs = performance.now() - foldStarted;

      const campaign = await db.selectFrom('campaigns').select(['id', 'starts_on', 'ends_on', 'target']).where('id', '=', generated.campaignId).executeTakeFirstOrThrow();
      const admin = { ...(await db.selectFrom('people').selectAll().where('role', '=', 'manager').limit(1).executeTakeFirstOrThrow()), role: 'admin' as const };
      const { from, to } = rangeOf({}, campaign, NOW);
      const range: RawRange = {
        campaignId: campaign.id,
        firstWeek: weekKey(isoWeekOf(localDateIn(`${from}T12:00:00Z`, 'UTC'))),
        lastWeek: weekKey(isoWeekOf(localDateIn(`${to}T12:00:00Z`, 'UTC'))),
        startWeek: orgWeekOf(`${campaign.starts_on}T12:00:00Z`),
      };
      // The screen opens on the channel view (the query's default breakdown): the funnel's stages come with every view.
      const channelQuery: FunnelQuery = { breakdown: 'channel' };
      const weekQuery: FunnelQuery = { breakdown: 'week' };
      const answers: Answer[] = [
        { id: 'stages', label: 'funnel: stages (default view)', rollups: () => campaignFunnel(db, admin, campaign.id, channelQuery, NOW), raw: () => rawStages(db, range) },
        { id: 'channel', label: 'funnel: channel view', rollups: () => campaignFunnel(db, admin, campaign.id, channelQuery, NOW), raw: () => rawChannels(db, range) },
        { id: 'week', label: 'funnel: weekly trend', rollups: () => campaignFunnel(db, admin, campaign.id, weekQuery, NOW), raw: () => rawWeeks(db, range) },
      ];

      const figures: Figure[] = [
        { id: 'funnel.generate.seconds', label: `funnel: generate ${scale.people.toLocaleString('en-GB')} people, ${scale.events.toLocaleString('en-GB')} events`, value: seconds(generateMs), unit: 's', decimals: 1 },
        { id: 'funnel.fold.seconds', label: 'funnel: fold into the rollups (from nothing)', value: seconds(foldMs), unit: 's', decimals: 1 },
      ];
      const notes: string[] = [];
      for (const answer of answers) {
        log(`${answer.label}: rollups ×${RUNS}, raw ×${RAW_RUNS}…`);
        const rollups = await timeRuns(WARM_UP, RUNS, answer.rollups);
        const raw = await timeRuns(1, RAW_RUNS, answer.raw);
        const p50 = percentile(rollups.ms, 0.5);
        const rawP50 = percentile(raw.ms, 0.5);
        figures.push(
          { id: `funnel.${answer.id}.p50`, label: `${answer.label}: rollups p50`, value: p50, unit: 'ms', decimals: 1 },
          { id: `funnel.${answer.id}.p95`, label: `${answer.label}: rollups p95`, value: percentile(rollups.ms, 0.95), unit: 'ms', budget: { max: BUDGET_MS }, decimals: 1 },
          { id: `funnel.${answer.id}.raw_p50`, label: `${answer.label}: raw events p50`, value: rawP50, unit: 'ms', decimals: 0 },
          { id: `funnel.${answer.id}.raw_p95`, label: `${answer.label}: raw events p95`, value: percentile(raw.ms, 0.95), unit: 'ms', decimals: 0 },
          { id: `funnel.${answer.id}.ratio`, label: `${answer.label}: raw ÷ rollups (p50)`, value: rawP50 / p50, unit: '×', decimals: 0 },
        );
        const result = raw.last;
        const diff = Array.isArray(result) ? differences(rollups.last, result, (key) => (key === 'direct' ? '' : key)) : stageDifferences(rollups.last, result);
        notes.push(`${answer.label}: ${diff.length === 0 ? 'rollups and raw agree on every shown figure' : `${diff.length} figures differ, e.g. ${diff.slice(0, 4).join('; ')}`}`);
      }
      const counts = await Promise.all(['people', 'learning_events', 'attribution_visits', 'first_touches', 'acquisition_events', 'item_completions', 'learning_weeks', 'funnel_weeks'].map(async (t) => `${t} ${(await countOf(db, t)).toLocaleString('en-GB')}`));
      notes.unshift(
        `scale ${SCALE}; ${counts.join(', ')}; ${generated.activeWeeks.toLocaleString('en-GB')} person-weeks with learning`,
        `fold: ${fold.events.toLocaleString('en-GB')} events, ${fold.weeks} weeks recounted; campaign range ${from}…${to} (${range.firstWeek}…${range.lastWeek}), started ${range.startWeek}`,
      );
      return { figures, notes };
    } finally {
      await database.destroy();
      await place.drop();
    }
  },
};
