import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumPath } from '../helpers/environment';
import { CHROMIUM_ARGS, startE2eEnvironment, type E2eEnvironment } from './harness';
import { LocalStoreModel } from './page-models/local-store';
import { signInWithMagicLink } from './page-models/magic-link';
import { ServiceWorkerModel } from './page-models/pwa';
import { TrainingPageModel } from './page-models/training-page';

const EMAIL = 'sanne@anker.example';
const TITLE = 'Tillen zonder rugpijn';

/** Waits until the element's whole text is `text` (numbers load from IndexedDB a moment after the screen). */
const shows = (locator: Locator, text: string) => locator.filter({ hasText: new RegExp(`^${text}$`) }).waitFor();

/**
 * The "done means", end to end: an installed-app visit, a training
 * done without a connection, nothing lost on a reload, and each activity
 * applied exactly once when the phone is back online.
 */
describe.runIf(inject('chromiumAvailable'))('a micro-training done offline', () => {
  let env: E2eEnvironment;
  let profile: string;
  let context: BrowserContext;

  beforeAll(async () => {
    env = await startE2eEnvironment();
    // Chromium judges installability only in a real profile, never in the incognito ones newContext() makes.
    profile = mkdtempSync(join(tmpdir(), 'leerlust-profile-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      args: CHROMIUM_ARGS,
      baseURL: env.baseUrl,
      viewport: { width: 360, height: 640 },
      locale: 'nl-NL',
    });
  });
  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    await env?.close();
  });

  it('counts at once on the phone, survives a reload and reaches the server exactly once', async () => {
    const { db } = env.server.database;
    const sanne = await db.selectFrom('people').select('id').where('email', '=', EMAIL).executeTakeFirstOrThrow();
    const item = await db.selectFrom('learning_item_texts').select('item_id').where('title', '=', TITLE).executeTakeFirstOrThrow();

    const page = context.pages()[0] ?? (await context.newPage());
    const home = await signInWithMagicLink(page, env.smtp, EMAIL);
    await shows(home.streak(), '0');

    // Installable: a valid manifest, and a service worker that controls the page.
    const sw = new ServiceWorkerModel(page);
    expect(await sw.ready()).toBe(`${env.baseUrl}/sw.js`);
    await sw.waitUntilControlled();
    expect(await sw.manifestHref()).toBe(`${env.baseUrl}/manifest.webmanifest`);
    const cdp = await context.newCDPSession(page);
    expect((await cdp.send('Page.getAppManifest')).errors).toEqual([]);
    expect((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors).toEqual([]);
    await cdp.detach();

    // The home stores the feed, then downloads the trainings it links to.
    const store = new LocalStoreModel(page);
    await store.waitForItem(item.item_id);

    await context.setOffline(true);
    await page.reload();
    await home.waitForFeed();
    // Really offline, for the page's own requests too (only the service worker and IndexedDB answer).
    expect(await page.evaluate(() => fetch('/api/feed').then(() => 'answered', () => 'no connection'))).toBe('no connection');
    await home.teaserLink('Start de micro-training').click();

    const training = new TrainingPageModel(page);
    await training.title(TITLE).waitFor();
    for (const card of ['Waarom dit ertoe doet', 'Handgreep 1: dichtbij', 'Handgreep 2: draai met je voeten']) {
      await training.card(card).waitFor();
      await training.nextButton().click();
    }
    await training.card('Je tilt een wasmand van de grond. Wat doe je?').waitFor();
    expect(await training.finishButton().isDisabled()).toBe(true);
    await training.answer('Door de knieën, mand dicht tegen je aan').click();
    await expect(training.feedback().textContent()).resolves.toMatch(/^Goed!/);
    await training.finishButton().click();

    await training.doneHeading().waitFor();
    await training.pendingNotice().waitFor();
    await shows(training.streak(), '1');
    const pointsOffline = await training.points().textContent();

    await training.homeLink().click();
    await home.waitForFeed();
    await home.syncStatus().waitFor();
    await shows(home.streak(), '1');

    // Nothing is lost when the page reloads without a connection.
    const outbox = await store.outbox();
    expect(outbox.map((e) => e.kind)).toEqual(['teaser_opened', 'training_started', 'question_answered', 'training_completed']);
    expect(outbox.every((e) => e.state === 'pending')).toBe(true);
    expect(await home.syncStatus().textContent()).toBe('4 nog niet verstuurd: bewaard op je telefoon');
    await page.reload();
    await home.waitForFeed();
    expect(await store.outbox()).toEqual(outbox);
    await home.syncStatus().waitFor();
    await shows(home.streak(), '1');

    // Back online: the outbox drains by itself.
    await context.setOffline(false);
    await home.syncStatus().waitFor({ state: 'detached' });
    expect(await store.outbox()).toEqual([]);

    const completions = await db.selectFrom('item_completions').selectAll().where('person_id', '=', sanne.id).where('item_id', '=', item.item_id).execute();
    expect(completions).toHaveLength(1);
    const events = await db.selectFrom('learning_events').select(['id', 'kind']).where('person_id', '=', sanne.id).execute();
    expect(events.map((e) => e.id).sort()).toEqual(outbox.map((e) => e.id).sort());

    // What the server counted is what the phone showed.
    await page.reload();
    await home.waitForFeed();
    await shows(home.streak(), '1');
    await shows(home.points(), pointsOffline ?? '');
    expect(await home.syncStatus().count()).toBe(0);
  });
});
