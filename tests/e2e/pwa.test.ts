import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DISMISS_KEY } from '../../client/app/pwa/install-offer';
import { chromiumPath } from '../helpers/environment';
import { parseIconSize, pngSize } from '../helpers/png';
import { tokenFromMail } from '../helpers/smtp-server';
import { copyBuiltClient } from './client-copy';
import { finishFirstTraining } from './first-training';
import { CHROMIUM_ARGS, seriousAxeViolations, startE2eEnvironment, type E2eEnvironment } from './harness';
import { HomePageModel } from './page-models/home-page';
import { InstallOfferModel, IPHONE_SAFARI, ServiceWorkerModel, UpdateBannerModel } from './page-models/pwa';
import { SignInPageModel } from './page-models/sign-in-page';

const DAY_MS = 24 * 60 * 60 * 1000;

interface ManifestIcon {
  src: string;
  sizes: string;
  type?: string;
  purpose?: string;
}
interface WebManifest {
  name: string;
  description: string;
  icons: ManifestIcon[];
  shortcuts: { name: string; url: string; icons: ManifestIcon[] }[];
}
type SignedIn = Awaited<ReturnType<BrowserContext['storageState']>>;

describe.runIf(inject('chromiumAvailable'))('Leerlust as an installable app', () => {
  let env: E2eEnvironment;
  let client: ReturnType<typeof copyBuiltClient>;
  let sanne: SignedIn;

  beforeAll(async () => {
    // Our own copy of the build: the update test publishes a new sw.js into it.
    client = copyBuiltClient();
    env = await startE2eEnvironment({ clientDir: client.dir });
    sanne = await signIn('sanne@anker.example');
  });
  afterAll(async () => {
    await env?.close();
    client?.remove();
  });

  /** Signs in once through the magic link; contexts reuse the session cookie. */
  async function signIn(email: string): Promise<SignedIn> {
    const { page, context } = await env.newPage();
    const signInPage = new SignInPageModel(page);
    await signInPage.open();
    await signInPage.askForLink(email);
    await page.goto(`/signin/verify#token=${tokenFromMail(await env.smtp.waitForMail(email))}`);
    await new HomePageModel(page).waitForFeed();
    // The install offer comes after a first finished training.
    await finishFirstTraining(env, context);
    const state = await context.storageState();
    await context.close();
    return state;
  }

  it('links a manifest that names, colours and icons the app', async () => {
    const { page, context } = await env.newPage();
    await new SignInPageModel(page).open();
    const href = await new ServiceWorkerModel(page).manifestHref();
    expect(href).toBe(`${env.baseUrl}/manifest.webmanifest`);

    const response = await context.request.get(href ?? '');
    expect(response.headers()['content-type']).toMatch(/^application\/manifest\+json/);
    expect(response.headers()['cache-control']).toBe('no-cache');
    const manifest = (await response.json()) as WebManifest;
    expect(manifest).toMatchObject({
      id: '/',
      name: 'Leerlust',
      short_name: 'Leerlust',
      lang: 'nl',
      start_url: '/?source=pwa',
      scope: '/',
      display: 'standalone',
      theme_color: '#0b6e4f',
      background_color: '#fbf8f3',
    });
    expect(manifest.description).toMatch(/leren/);
    expect(manifest.icons).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ sizes: '192x192', type: 'image/png', purpose: 'any' }),
        expect.objectContaining({ sizes: '512x512', type: 'image/png', purpose: 'any' }),
        expect.objectContaining({ sizes: '512x512', type: 'image/png', purpose: 'maskable' }),
        expect.objectContaining({ type: 'image/svg+xml' }),
      ]),
    );
    expect(manifest.shortcuts.map((s) => s.name)).toEqual(['Mijn voortgang', 'Instellingen']);

    for (const icon of [...manifest.icons, ...manifest.shortcuts.flatMap((s) => s.icons)]) {
      const file = await context.request.get(icon.src);
      expect(file.status(), icon.src).toBe(200);
      expect(file.headers()['content-type']?.split(';')[0], icon.src).toBe(icon.type);
      if (icon.type === 'image/png') expect(pngSize(await file.body()), icon.src).toEqual(parseIconSize(icon.sizes));
    }
    await context.close();
  });

  it("passes Chromium's own installability check", async () => {
    // Chromium never installs from an incognito profile, and every newContext() is one: use a real profile.
    const profile = mkdtempSync(join(tmpdir(), 'leerlust-profile-'));
    const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath, args: CHROMIUM_ARGS, baseURL: env.baseUrl });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await new SignInPageModel(page).open();
      await new ServiceWorkerModel(page).ready();
      const cdp = await context.newCDPSession(page);
      const { errors } = await cdp.send('Page.getAppManifest');
      expect(errors).toEqual([]);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      expect(installabilityErrors).toEqual([]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it('registers its service worker, which controls the page from then on', async () => {
    const { page, context } = await env.newPage();
    await new SignInPageModel(page).open();
    const sw = new ServiceWorkerModel(page);
    expect(await sw.ready()).toBe(`${env.baseUrl}/sw.js`);
    await sw.waitUntilControlled(); // clients.claim(): no reload needed on the first visit
    await page.reload();
    expect(await sw.controllerUrl()).toBe(`${env.baseUrl}/sw.js`);

    // A phone must always revalidate sw.js, or an update could take a day to arrive.
    const script = await context.request.get('/sw.js');
    expect(script.headers()['cache-control']).toBe('no-cache');
    expect(script.headers()['content-type']).toMatch(/javascript/);
    await context.close();
  });

  it('opens without a connection after one visit', async () => {
    const { page, context } = await env.newPage();
    const signInPage = new SignInPageModel(page);
    await signInPage.open();
    const sw = new ServiceWorkerModel(page);
    await sw.ready();
    await sw.waitUntilControlled();

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: /inloggen bij leerlust/i }).waitFor();
    // A client-side route the browser never fetched before comes from the cached shell too.
    await page.goto('/settings');
    await page.getByRole('heading', { name: /inloggen bij leerlust/i }).waitFor();
    await context.close();
  });

  it('guides iPhone users to the Home Screen, accessibly, and stays away for 30 days after "not now"', async () => {
    const { page, context } = await env.newPage({ userAgent: IPHONE_SAFARI, storageState: sanne });
    await page.goto('/');
    const offer = new InstallOfferModel(page);
    await offer.card().waitFor();
    const steps = await offer.iosSteps().allTextContents();
    expect(steps).toHaveLength(3);
    expect(steps.join(' | ')).toMatch(/Deel.*\|.*Zet op beginscherm.*\|.*Voeg toe/);
    await expect(offer.card().textContent()).resolves.toMatch(/herinneringen/);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await offer.dismiss();
    await offer.card().waitFor({ state: 'detached' });
    await page.reload();
    await new HomePageModel(page).waitForFeed();
    expect(await offer.card().count()).toBe(0);

    await page.evaluate(([key, at]) => localStorage.setItem(key, String(at)), [DISMISS_KEY, Date.now() - 31 * DAY_MS] as const);
    await page.reload();
    await offer.card().waitFor();
    await context.close();
  });

  it('shows no install offer inside the installed app', async () => {
    const { page, context } = await env.newPage({ userAgent: IPHONE_SAFARI, storageState: sanne });
    await context.addInitScript(() => Object.defineProperty(navigator, 'standalone', { value: true }));
    await page.goto('/');
    await new HomePageModel(page).waitForFeed();
    expect(await new InstallOfferModel(page).card().count()).toBe(0);
    await context.close();
  });

  it("offers Chromium's install dialog on the home, and hides the offer once installed", async () => {
    const { page, context } = await env.newPage({ storageState: sanne });
    await page.goto('/');
    await new HomePageModel(page).waitForFeed();
    const offer = new InstallOfferModel(page);

    expect(await offer.simulateBrowserOffer()).toBe(true); // no mini-infobar: the offer is ours
    await offer.installButton().click();
    expect(await offer.wasPrompted()).toBe(true);
    await offer.card().waitFor({ state: 'detached' }); // the event works once

    await offer.simulateBrowserOffer();
    await offer.installButton().waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await offer.simulateInstalled();
    await offer.card().waitFor({ state: 'detached' });
    await context.close();
  });

  // Last: it publishes a new sw.js, which every later visit would pick up.
  it('offers a new version when one waits, and switches only when the person taps', async () => {
    const { page, context } = await env.newPage();
    await new SignInPageModel(page).open();
    const sw = new ServiceWorkerModel(page);
    await sw.ready();
    await sw.waitUntilControlled();
    const banner = new UpdateBannerModel(page);
    expect(await banner.message().count()).toBe(0);
    await page.evaluate(() => (document.documentElement.dataset.sameDocument = 'yes'));

    client.publishNewServiceWorker();
    await sw.checkForUpdate();
    await banner.reloadButton().waitFor();
    expect(await sw.hasWaitingWorker()).toBe(true);
    // Nothing happened behind the person's back: same document, new worker still waiting.
    expect(await page.evaluate(() => document.documentElement.dataset.sameDocument)).toBe('yes');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await Promise.all([page.waitForEvent('load'), banner.reloadButton().click()]);
    await page.getByRole('heading', { name: /inloggen bij leerlust/i }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.sameDocument)).toBeUndefined();
    expect(await sw.hasWaitingWorker()).toBe(false);
    expect(await sw.controllerUrl()).toBe(`${env.baseUrl}/sw.js`);
    expect(await banner.message().count()).toBe(0);
    await context.close();
  });
});
