import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../helpers/environment';
import { CHROMIUM_ARGS } from '../e2e/harness';
import { median, type Bench } from './figures';

const ITEMS = 2000;
const RUNS = 7;
/** A mid-range Android phone is roughly this much slower than the machine running the bench. */
const PHONE_CPU_SLOWDOWN = 4;
const QUERIES = ['tillen', 'hygiëne', 'epd', 'communicatie', 'lifting', 'record', 'bhv ontru', 'digitale vaardigheden', 'coach', 'klant'];

/**
 * Offline catalogue search as the phone runs it: the app's own search module
 * (client/features/inform/catalogue-search.ts with MiniSearch) bundled for the
 * browser, in headless Chromium with the CPU slowed 4×, over 2,000 trainings
 * shaped like the offer the app keeps (titles and summaries in Dutch and
 * English, competencies). Reported: the median over runs of the median time
 * per query, and the time to build the index once.
 */
export const catalogueSearch: Bench = {
  name: 'catalogue search',
  timeoutMs: 120_000,
  async run({ log }) {
    const bundled = await build({ entryPoints: ['tests/bench/catalogue-search-page.ts'], bundle: true, format: 'iife', globalName: 'CatalogueSearchBench', write: false, minify: true });
    const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_CPU_SLOWDOWN });
      await page.addScriptTag({ content: bundled.outputFiles[0]?.text ?? '' });
      log(`searching ${ITEMS} trainings, ${RUNS} runs of ${QUERIES.length} queries`);
      const runs = await page.evaluate<{ buildMs: number; medians: number[]; hits: number }>(
        `CatalogueSearchBench.runSearchBench(${ITEMS}, ${RUNS}, ${JSON.stringify(QUERIES)})`,
      );
      return {
        figures: [
          { id: 'search.query.median', label: `search over ${ITEMS} trainings (median query, CPU ${PHONE_CPU_SLOWDOWN}× slower)`, value: median(runs.medians), unit: 'ms', budget: { max: 20 }, decimals: 2 },
          { id: 'search.index.build', label: `build the search index of ${ITEMS} trainings (CPU ${PHONE_CPU_SLOWDOWN}× slower)`, value: runs.buildMs, unit: 'ms', decimals: 0 },
        ],
        notes: [`per-run medians (ms): ${runs.medians.map((m) => m.toFixed(2)).join(', ')}; "tillen" finds ${runs.hits}`],
      };
    } finally {
      await browser.close();
    }
  },
};
