import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import axe from 'axe-core';
import { loadConfig } from '../../server/config';
import { createMemoryLogger } from '../../server/http/logger';
import type { Clock } from '../../server/http/app-env';
import { startServer, type RunningServer } from '../../server/server';
import { chromiumPath } from '../helpers/environment';
import { freePort } from '../helpers/free-port';
import { startTestSmtpServer, type TestSmtpServer } from '../helpers/smtp-server';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A phone-sized Dutch page unless told otherwise; `userAgent` plays another device, `storageState` reuses a sign-in, `hasTouch` + `isMobile` a touch phone. */
export type NewPageOptions = Pick<BrowserContextOptions, 'viewport' | 'locale' | 'userAgent' | 'storageState' | 'timezoneId' | 'hasTouch' | 'isMobile' | 'colorScheme'>;

export interface E2eEnvironment {
  baseUrl: string;
  server: RunningServer;
  smtp: TestSmtpServer;
  browser: Browser;
  newPage(options?: NewPageOptions): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

/**
 * The real thing, end to end: the production build served by the real server
 * on a fresh SQLite database with the demo organisation, mail going to a real
 * SMTP server on loopback, and Debian's Chromium driving it. `clientDir`
 * serves a copy of the build instead, for tests that change files (a new service worker);
 * `clock` is the server's time, for tests that travel (a campaign's reveal).
 */
export async function startE2eEnvironment(options: { clientDir?: string; clock?: Clock } = {}): Promise<E2eEnvironment> {
  const dataDir = mkdtempSync(join(tmpdir(), 'leerlust-e2e-'));
  const smtp = await startTestSmtpServer();
  const port = await freePort();
  const config = {
    ...loadConfig({}),
    port,
    dataDir,
    smtpUrl: smtp.url,
    publicUrl: `http://localhost:${port}`,
    clientDir: options.clientDir ?? resolve('dist/client'),
  };
  const server = await startServer(config, createMemoryLogger(), options.clock);
  // Playwright gives every launch a fresh, throw-away user-data dir.
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  return {
    baseUrl: config.publicUrl,
    server,
    smtp,
    browser,
    async newPage(options = {}) {
      const context = await browser.newContext({
        ...options,
        viewport: options.viewport ?? { width: 360, height: 640 },
        locale: options.locale ?? 'nl-NL',
        baseURL: config.publicUrl,
      });
      return { context, page: await context.newPage() };
    },
    async close() {
      await browser.close();
      await server.close();
      await smtp.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core in the page. It is evaluated through the DevTools protocol,
 * which the page's CSP does not govern, so the CSP stays as strict as in production.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  // Entrance animations fade in; contrast is judged on the settled screen. Endless ones (the lit streak's flicker) never
  // settle. Polled rather than awaited: a re-render may cancel an animation and start another meanwhile.
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity),
  );
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
