import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../helpers/environment';
import { CHROMIUM_ARGS } from '../e2e/harness';
import type { buildCatalogueIndex } from '../../client/features/inform/catalogue-search';
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
    const bundled = await build({ entryPoints: ['client/features/inform/catalogue-search.ts'], bundle: true, format: 'iife', globalName: 'CatalogueSearch', write: false, minify: true });
    const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_CPU_SLOWDOWN });
      await page.addScriptTag({ content: bundled.outputFiles[0]?.text ?? '' });
      log(`searching ${ITEMS} trainings, ${RUNS} runs of ${QUERIES.length} queries`);
      const runs = await page.evaluate(
        ({ count, runs, queries }) => {
          const words = ['tillen', 'zorg', 'hygiëne', 'keuken', 'epd', 'dossier', 'communicatie', 'bewoner', 'ontruimen', 'bhv', 'coachen', 'klant', 'veilig', 'digitaal', 'rapporteren', 'samenwerken'];
          const en = ['lifting', 'care', 'hygiene', 'kitchen', 'record', 'system', 'talking', 'resident', 'evacuation', 'first aid', 'coaching', 'client', 'safe', 'digital', 'reporting', 'teamwork'];
          const pick = (list: string[], i: number, n: number) => Array.from({ length: n }, (_, k) => list[(i * 7 + k * 3) % list.length]).join(' ');
          const items = Array.from({ length: count }, (_, i) => ({
            id: `item-${i}`,
            kind: 'micro' as const,
            durationMinutes: 3 + (i % 40),
            competencies: [pick(words, i, 1), pick(en, i + 3, 1)],
            texts: [
              { language: 'nl' as const, title: `${pick(words, i, 3)} ${i}`, summary: `Over ${pick(words, i + 1, 8)}.` },
              { language: 'en' as const, title: `${pick(en, i, 3)} ${i}`, summary: `About ${pick(en, i + 1, 8)}.` },
            ],
            publishedAt: '2026-01-01T00:00:00.000Z',
            updatedAt: '2026-01-01T00:00:00.000Z',
            forRole: false,
            done: false,
          }));
          const api = (window as unknown as { CatalogueSearch: { buildCatalogueIndex: typeof buildCatalogueIndex } }).CatalogueSearch;
          const startedBuild = performance.now();
          const index = api.buildCatalogueIndex(items);
          const buildMs = performance.now() - startedBuild;
          const medians: number[] = [];
          for (let r = 0; r < runs; r += 1) {
            const times = queries.map((q) => {
              const started = performance.now();
              index.search(q);
              return performance.now() - started;
            });
            times.sort((a, b) => a - b);
            medians.push(times[Math.floor(times.length / 2)] ?? Number.NaN);
          }
          return { buildMs, medians, hits: index.search('tillen').length };
        },
        { count: ITEMS, runs: RUNS, queries: QUERIES },
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
