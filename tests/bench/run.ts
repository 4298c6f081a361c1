/**
 * `npm run bench`: builds the client, runs each bench in turn and prints its
 * figures beside their budgets, then writes them to .tmp/bench.json.
 *
 * It reports; it does not judge. A figure over budget is marked OVER and the
 * run still exits 0. Only a bench that could not measure at all (a crash, a
 * timeout) makes it exit 1, because then the table would be silently short.
 *
 * Benches run one after another, never side by side: on a two-core machine
 * two measurements at once would each spoil the other. Add a bench by writing
 * a module that exports a `Bench` (see figures.ts) and listing it below.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { bundleSize } from './bundle-size';
import { catalogueSearch } from './catalogue-search';
import { stopAllChildren } from './child-process';
import { feedThroughput } from './feed-throughput';
import { withTimeout, type Bench } from './figures';
import { lighthouseScore } from './lighthouse';
import { offlineColdStart } from './offline-cold-start';
import { outboxApply } from './outbox-apply';
import { pushFanout } from './push-fanout';
import { journeyStep } from './journey-step';
import { funnelScale } from './funnel-scale';
import { formatTable, writeJsonReport, type BenchOutcome } from './report';

const BENCHES: Bench[] = [bundleSize, outboxApply, feedThroughput, pushFanout, offlineColdStart, lighthouseScore, catalogueSearch, journeyStep, funnelScale];
const REPORT_FILE = '.tmp/bench.json';

const only = process.argv.slice(2);
const selected = only.length ? BENCHES.filter((b) => only.some((name) => b.name.includes(name))) : BENCHES;
const startedAt = new Date();
const clientDir = resolve('dist/client');
const log = (message: string) => console.log(`· ${message}`);

log('building the client (vite build)…');
// NODE_ENV=production even when the caller set another: Vite would inherit it and build a development flavour.
execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });

const outcomes: BenchOutcome[] = [];
for (const bench of selected) {
  log(`${bench.name}…`);
  const started = performance.now();
  const outcome: BenchOutcome = { name: bench.name, seconds: 0, figures: [], notes: [], error: null };
  try {
    const result = await withTimeout(bench.run({ clientDir, log }), bench.timeoutMs, bench.name);
    outcome.figures = result.figures;
    outcome.notes = result.notes;
  } catch (error) {
    outcome.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
    await stopAllChildren();
  }
  outcome.seconds = Math.round((performance.now() - started) / 100) / 10;
  outcomes.push(outcome);
}

console.log('');
for (const outcome of outcomes) {
  console.log(`${outcome.name} (${outcome.seconds} s)`);
  for (const note of outcome.notes) console.log(`  ${note}`);
  if (outcome.error) console.log(`  ERROR ${outcome.error}`);
}
console.log(`\n${formatTable(outcomes)}\n`);
writeJsonReport(REPORT_FILE, outcomes, startedAt);
console.log(`Figures written to ${REPORT_FILE}; total ${Math.round((Date.now() - startedAt.getTime()) / 1000)} s.`);

await stopAllChildren();
// A timed-out bench may still hold a socket or a browser: leave no matter what.
process.exit(outcomes.some((o) => o.error) ? 1 : 0);
