import { buildCatalogueIndex } from '../../client/features/inform/catalogue-search';
import type { CatalogueEntry } from '../../shared/schemas/offer';

/*
 * The browser side of the catalogue-search bench: bundled with the app's
 * search module and run inside Chromium, so what is timed is what a phone runs.
 */

const NL = ['tillen', 'zorg', 'hygiëne', 'keuken', 'epd', 'dossier', 'communicatie', 'bewoner', 'ontruimen', 'bhv', 'coachen', 'klant', 'veilig', 'digitaal', 'rapporteren', 'samenwerken'];
const EN = ['lifting', 'care', 'hygiene', 'kitchen', 'record', 'system', 'talking', 'resident', 'evacuation', 'first aid', 'coaching', 'client', 'safe', 'digital', 'reporting', 'teamwork'];

const words = (list: readonly string[], seed: number, n: number) => Array.from({ length: n }, (_, k) => list[(seed * 7 + k * 3) % list.length]).join(' ');

/** `count` trainings shaped like the offer the app keeps: titles and summaries in Dutch and English, two competencies. */
function catalogue(count: number): CatalogueEntry[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    kind: 'micro',
    durationMinutes: 3 + (i % 40),
    competencies: [words(NL, i, 1), words(EN, i + 3, 1)],
    texts: [
      { language: 'nl', title: `${words(NL, i, 3)} ${i}`, summary: `Over ${words(NL, i + 1, 8)}.` },
      { language: 'en', title: `${words(EN, i, 3)} ${i}`, summary: `About ${words(EN, i + 1, 8)}.` },
    ],
    publishedAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    forRole: false,
    done: false,
  }));
}

/** Builds the index once, then times each query; answers the build time and each run's median query time (ms). */
export function runSearchBench(count: number, runs: number, queries: readonly string[]) {
  const items = catalogue(count);
  const startedBuild = performance.now();
  const index = buildCatalogueIndex(items);
  const buildMs = performance.now() - startedBuild;
  const medians: number[] = [];
  for (let r = 0; r < runs; r += 1) {
    const times = queries.map((query) => {
      const started = performance.now();
      index.search(query);
      return performance.now() - started;
    });
    times.sort((a, b) => a - b);
    medians.push(times[Math.floor(times.length / 2)] ?? Number.NaN);
  }
  return { buildMs, medians, hits: index.search('tillen').length };
}
