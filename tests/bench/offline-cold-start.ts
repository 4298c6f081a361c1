import type { Page } from 'playwright-core';
import { startE2eEnvironment } from '../e2e/harness';
import { HomePageModel } from '../e2e/page-models/home-page';
import { median, type Bench } from './figures';
import { DEMO_EMPLOYEE, issueInviteToken } from './sign-in';

const RUNS = 5;
const WAIT_MS = 15_000;
/** The User Timing mark client/features/home/HomePage.tsx sets when the feed first shows teasers. */
export const FEED_PAINTED_MARK = 'feed-painted';

/**
 * Waits for the feed-painted mark and returns its startTime: milliseconds
 * since the navigation that made this document began.
 */
export async function feedPaintedAt(page: Page): Promise<number> {
  await page.waitForFunction((name) => performance.getEntriesByName(name, 'mark').length > 0, FEED_PAINTED_MARK, { timeout: WAIT_MS });
  return page.evaluate((name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? Number.NaN, FEED_PAINTED_MARK);
}

/**
 * An employee opens the app with no connection: a new document (cold start),
 * served by the service worker, the feed read from the phone's own copy.
 * Measured from navigation start to the feed-painted mark, in headless
 * Chromium on the production build, without CPU or network throttling.
 */
export const offlineColdStart: Bench = {
  name: 'offline cold start',
  timeoutMs: 90_000,
  async run({ clientDir, log }) {
    const env = await startE2eEnvironment({ clientDir });
    try {
      const token = await issueInviteToken(env.server.database.db, env.baseUrl, DEMO_EMPLOYEE);
      const { context, page } = await env.newPage();
      // Sign in through the invite link, as a person scanning their QR code would.
      await page.goto(`/signin/verify#token=${token}`);
      // A first sign-in is asked the intake first: skipped, as anyone may, it leads to the home.
      await new HomePageModel(page).waitForFeed();
      await feedPaintedAt(page);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: WAIT_MS });
      // Once more online, under the service worker, so the shell and the feed are surely stored.
      await page.reload();
      await feedPaintedAt(page);
      await page.waitForLoadState('networkidle');
      await page.close();

      await context.setOffline(true);
      log(`offline cold start: ${RUNS} new pages, offline, to ${env.baseUrl}/`);
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const cold = await context.newPage();
        await cold.goto('/', { waitUntil: 'commit' });
        times.push(await feedPaintedAt(cold));
        const controlled = await cold.evaluate(() => navigator.serviceWorker.controller !== null);
        if (!controlled) throw new Error('the offline page was not served by the service worker');
        await cold.close();
      }
      await context.close();
      return {
        figures: [
          { id: 'offline.feedPainted.median', label: 'Offline cold start to feed painted (median)', value: median(times), unit: 'ms', budget: { max: 1000 } },
          { id: 'offline.feedPainted.max', label: 'Offline cold start to feed painted (max)', value: Math.max(...times), unit: 'ms' },
        ],
        notes: [`runs: ${times.map((t) => t.toFixed(0)).join(', ')} ms (headless Chromium, 360×640, no throttling)`],
      };
    } finally {
      await env.close();
    }
  },
};
