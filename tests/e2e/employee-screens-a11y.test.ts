import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousAxeViolations, startE2eEnvironment, type AxeViolation, type E2eEnvironment } from './harness';
import { LocalStoreModel } from './page-models/local-store';
import { signInWithMagicLink } from './page-models/magic-link';
import { HomePageModel } from './page-models/home-page';
import { TrainingPageModel } from './page-models/training-page';

type SignedIn = Awaited<ReturnType<BrowserContext['storageState']>>;

/** How far the page scrolls sideways, in CSS pixels (0: it fits). */
function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * What every employee sees, checked the way people use a phone: at 360×640,
 * in light and dark, with text at 200 %, and with a keyboard only.
 */
describe.runIf(inject('chromiumAvailable'))('the employee screens are accessible', () => {
  let env: E2eEnvironment;
  const people = new Map<string, SignedIn>();
  const items = new Map<string, string>();

  beforeAll(async () => {
    env = await startE2eEnvironment();
    const texts = await env.server.database.db.selectFrom('learning_item_texts').select(['item_id', 'title']).where('language', '=', 'nl').execute();
    for (const text of texts) items.set(text.title, text.item_id);
    // Each person signs in once; a fresh person per test keeps one test's progress out of another's screens.
    for (const email of ['daan@anker.example', 'aisha@anker.example', 'fatma@anker.example']) {
      const { page, context } = await env.newPage();
      await signInWithMagicLink(page, env.smtp, email);
      people.set(email, await context.storageState());
      await context.close();
    }
  });
  afterAll(async () => env?.close());

  function itemId(title: string): string {
    const id = items.get(title);
    if (!id) throw new Error(`no demo training "${title}"`);
    return id;
  }

  async function openAs(email: string): Promise<{ page: Page; context: BrowserContext }> {
    return env.newPage({ storageState: people.get(email) });
  }

  it.each([
    { colorScheme: 'light', email: 'daan@anker.example' },
    { colorScheme: 'dark', email: 'aisha@anker.example' },
  ] as const)('shows no serious or critical axe violation on any screen, in $colorScheme', async ({ colorScheme, email }) => {
    const { page, context } = await openAs(email);
    await page.emulateMedia({ colorScheme });
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
    const found: Record<string, AxeViolation[]> = {};

    await page.goto('/');
    const home = new HomePageModel(page);
    await home.waitForFeed();
    found.home = await seriousAxeViolations(page);

    await home.teaserLink('Start de micro-training').click();
    const training = new TrainingPageModel(page);
    const store = new LocalStoreModel(page);
    await training.card('Waarom dit ertoe doet').waitFor();
    found.microCard = await seriousAxeViolations(page);

    for (let card = 1; card < 4; card++) await training.nextButton().click();
    await training.answer('Benen gestrekt, vooroverbuigen').click();
    await training.feedback().waitFor();
    found.questionAnsweredWrong = await seriousAxeViolations(page);

    await training.finishButton().click();
    await training.doneHeading().waitFor();
    found.done = await seriousAxeViolations(page);

    await training.open(itemId('Het nieuwe zorgdossier'));
    await training.macroPart(1).click();
    // Still ticked off once the outbox has reached the server (the page keeps the item it opened with).
    await expect.poll(() => store.outbox()).toEqual([]);
    expect(await training.macroPart(1, true).count()).toBe(1);
    found.macro = await seriousAxeViolations(page);

    await training.open(itemId('BHV-herhaling'));
    await training.sessions().first().waitFor();
    expect(await training.sessions().count()).toBe(2);
    await training.sessions().first().getByRole('button', { name: 'Inschrijven' }).click();
    await training.sessions().first().getByText('Je bent ingeschreven.').waitFor();
    found.classroom = await seriousAxeViolations(page);

    await home.settingsLink().click();
    await page.getByRole('heading', { level: 1, name: 'Instellingen' }).waitFor();
    found.settings = await seriousAxeViolations(page);

    expect(found).toEqual({ home: [], microCard: [], questionAnsweredWrong: [], done: [], macro: [], classroom: [], settings: [] });
    await context.close();
  });

  it('fits the phone without sideways scrolling when text is at 200 %', async () => {
    const { page, context } = await openAs('daan@anker.example');
    await page.goto('/');
    const home = new HomePageModel(page);
    await home.waitForFeed();
    // Text zoom as Android's font size does it: the root font size, not a page zoom (a CSSOM change, which the CSP allows).
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(1);

    await home.teaserLink('Start de micro-training').click();
    const training = new TrainingPageModel(page);
    await training.card('Waarom dit ertoe doet').waitFor();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(1);
    for (let card = 1; card < 4; card++) await training.nextButton().click();
    await training.answer('Door de knieën, mand dicht tegen je aan').click();
    await training.feedback().waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(1);
    await context.close();
  });

  it('can be done with a keyboard only: Tab reaches every answer and button, Enter and Space press them', async () => {
    const { page, context } = await openAs('fatma@anker.example');
    const training = new TrainingPageModel(page);
    await training.open(itemId('Een boze bewoner'));

    await training.reachCard('Boosheid is een signaal');
    await training.pressByKeyboard(training.nextButton(), 'Enter');
    await training.reachCard('Eerst erkennen');
    await training.pressByKeyboard(training.nextButton(), 'Space');

    await training.reachCard('Een bewoner roept dat het eten koud is. Wat zeg je als eerste?');
    const kind = training.answer(/Wat vervelend, uw eten is koud/);
    await training.pressByKeyboard(kind, 'Enter');
    await training.feedback().waitFor();
    expect(await training.hasFocus(kind)).toBe(true); // answering does not throw the focus away
    await training.pressByKeyboard(training.nextButton(), 'Enter');

    await training.reachCard('Houd afstand en rust');
    await training.pressByKeyboard(training.nextButton(), 'Enter');

    await training.reachCard('Wanneer haal je een collega erbij?');
    await training.pressByKeyboard(training.answer('Nooit, dat voelt als falen'), 'Space');
    await training.feedback().waitFor();
    await training.pressByKeyboard(training.finishButton(), 'Space');

    await training.doneHeading().waitFor();
    await expect.poll(() => training.hasFocus(training.doneHeading())).toBe(true);
    await training.pressByKeyboard(training.homeLink(), 'Enter');
    await new HomePageModel(page).waitForFeed();
    await context.close();
  });
});
