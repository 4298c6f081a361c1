import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousAxeViolations, startE2eEnvironment, type E2eEnvironment, type NewPageOptions } from './harness';
import { AdminPageModel } from './page-models/admin-page';
import { signInWithMagicLink } from './page-models/magic-link';

const LAPTOP = { width: 1280, height: 800 };

describe.runIf(inject('chromiumAvailable'))('the L&D workspace', () => {
  let env: E2eEnvironment;
  // Lotte signs in once (each address gets one mail per environment); her later pages reuse the session.
  let lotte: NewPageOptions['storageState'];
  beforeAll(async () => {
    env = await startE2eEnvironment();
    const { page, context } = await env.newPage();
    await signInWithMagicLink(page, env.smtp, 'lotte@anker.example');
    lotte = await context.storageState();
    await context.close();
  });
  const asLotte = async (viewport = LAPTOP) => {
    const opened = await env.newPage({ viewport, storageState: lotte });
    await opened.page.goto('/');
    return opened;
  };
  afterAll(async () => env?.close());

  it.each([
    { who: 'an employee', email: 'sanne@anker.example' },
    { who: 'a manager', email: 'mark@anker.example' },
  ])('is refused to $who: no nav item, /admin goes home, and its code is never fetched', async ({ email }) => {
    const { page, context } = await env.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await signInWithMagicLink(page, env.smtp, email);
    const admin = new AdminPageModel(page);
    expect(await admin.navLink().count()).toBe(0);
    await page.goto('/admin/teasers');
    await page.waitForURL(`${env.baseUrl}/`);
    expect(await admin.title().count()).toBe(0);
    expect(scripts.filter((s) => /AdminPage/.test(s))).toEqual([]);
    const status = await page.evaluate(async () => (await fetch('/api/admin/teasers')).status);
    expect(status).toBe(403);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('lets an admin write a teaser with a live counter and previews, on a laptop ($0)', async (colorScheme) => {
    const { page, context } = await asLotte();
    await page.emulateMedia({ colorScheme });
    const admin = new AdminPageModel(page);
    await admin.navLink().click();
    await admin.title().waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await admin.tab(/^teasers$/i).click();
    await page.getByRole('button', { name: /nieuwe teaser|new teaser/i }).click();
    const hook = admin.hookField('Nederlands');
    await hook.fill('Drie minuten per dag maken je zekerder in je werk.');
    await page.getByText('50 van 140 tekens').waitFor();
    await page.getByLabel(/^knoptekst/i).fill('Probeer');
    const previews = page.getByRole('complementary');
    await previews.getByText('Drie minuten per dag maken je zekerder in je werk.').first().waitFor();
    expect(await previews.getByText('Drie minuten per dag maken je zekerder in je werk.').count()).toBe(2);
    await hook.fill('x'.repeat(141));
    await page.getByText('1 tekens te veel').waitFor();
    expect(await admin.saveButton().isDisabled()).toBe(true);
    await hook.fill(`Teaser in ${colorScheme}: leer iets nieuws in drie minuten.`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await admin.saveButton().click();
    // Saved: the editor moves to the teaser's own address.
    await page.waitForURL(/\/admin\/teasers\/[0-9a-f-]{36}$/);
    await page.getByRole('link', { name: /terug naar de lijst/i }).click();
    await page.getByRole('link', { name: `Teaser in ${colorScheme}: leer iets nieuws in drie minuten.` }).waitFor();
    await context.close();
  });

  it('reorders micro-training cards with move up/down buttons', async () => {
    // A tablet, upright.
    const { page, context } = await asLotte({ width: 820, height: 1180 });
    await page.goto('/admin/items/new-micro');
    const cards = page.getByRole('group', { name: /kaarten/i }).getByRole('listitem');
    await cards.first().waitFor();
    const kinds = async () => (await cards.evaluateAll((items) => items.map((li) => (li.querySelector('textarea[id$="-prompt"]') ? 'question' : 'text'))));
    expect(await kinds()).toEqual(['text', 'question', 'text']);
    await page.getByRole('button', { name: /omhoog: kaart 2 van 3/i }).click();
    expect(await kinds()).toEqual(['question', 'text', 'text']);
    await page.getByRole('button', { name: /omlaag: kaart 1 van 3/i }).click();
    expect(await kinds()).toEqual(['text', 'question', 'text']);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });

  it("marks a refused card field of a micro-training, names it in the admin's words and moves focus to it", async () => {
    const { page, context } = await asLotte();
    await page.goto('/admin/items/new-micro');
    const card = (n: number) => page.getByRole('listitem', { name: `Kaart ${n} van 3` });
    await card(1).waitFor();
    await page.getByLabel(/^titel \(nederlands\)$/i).fill('Handen wassen');
    await page.getByLabel(/^samenvatting \(nederlands\)$/i).fill('Waarom en hoe, in drie minuten.');
    await card(1).getByLabel(/^tekst$/i).fill('Handen wassen voorkomt infecties.');
    await card(2).getByLabel(/^vraag$/i).fill('Hoe lang was je je handen?');
    await card(2).getByLabel(/^antwoord 1$/i).fill('20 seconden');
    await card(2).getByLabel(/^antwoord 2$/i).fill('5 seconden');
    // Longer than a card takes: only the server knows the limit.
    const body = card(3).getByLabel(/^tekst$/i);
    await body.fill('x'.repeat(1001));
    await page.getByRole('button', { name: /^opslaan$/i }).click();
    await page.getByRole('status').getByText('Niet opgeslagen: kijk ‘Tekst’ na.').waitFor();
    expect(await body.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`#${await body.getAttribute('aria-describedby')}`).textContent()).toBe('‘Tekst’ is niet goed ingevuld.');
    await expect.poll(() => body.evaluate((el) => el === document.activeElement)).toBe(true);

    // A question without a right answer: its first "correct" box is marked, with what to do beside it.
    await body.fill('Zeep, twintig seconden, afspoelen.');
    const correct = card(2).getByRole('checkbox', { name: /^juist$/i }).first();
    await correct.uncheck();
    await page.getByRole('button', { name: /^opslaan$/i }).click();
    await page.getByRole('status').getByText('Niet opgeslagen: kijk ‘Juist’ na.').waitFor();
    expect(await body.getAttribute('aria-invalid')).toBeNull();
    expect(await correct.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`#${await correct.getAttribute('aria-describedby')}`).textContent()).toBe('Markeer minstens één antwoord als juist.');
    await expect.poll(() => correct.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.locator('main').innerText()).not.toMatch(/texts\.|micro\.cards|At least one/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });

  it.each([
    { colorScheme: 'light', start: '09:15' },
    { colorScheme: 'dark', start: '13:45' },
  ] as const)('lets an admin change the default learning moment and refuses a bad value with the reason ($colorScheme)', async ({ colorScheme, start }) => {
    const { page, context } = await asLotte();
    await page.emulateMedia({ colorScheme });
    const admin = new AdminPageModel(page);
    await page.goto('/admin');
    await admin.tab(/^leermoment$/i).click();
    await page.getByLabel(/^begintijd$/i).fill(start);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await admin.saveButton().click();
    await page.getByRole('status').getByText(/^opgeslagen$/i).waitFor();
    await page.reload();
    expect(await page.getByLabel(/^begintijd$/i).inputValue()).toBe(start);
    // A refused field is named by its label in the admin's language (never the server's path), marked and focused.
    const duration = page.getByLabel(/^duur in minuten$/i);
    await duration.fill('1');
    await admin.saveButton().click();
    await page.getByRole('status').getByText('Niet opgeslagen: kijk ‘Duur in minuten’ na.').waitFor();
    expect(await duration.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`#${await duration.getAttribute('aria-describedby')}`).textContent()).toBe('‘Duur in minuten’ is niet goed ingevuld.');
    await expect.poll(() => duration.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.locator('main').innerText()).not.toMatch(/defaultSlot|durationMinutes/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });

  it('shows the demo campaign with its two posters, print links and figures per poster', async () => {
    const { page, context } = await asLotte();
    await page.goto('/admin');
    await page.getByRole('link', { name: 'Lente-kick-off' }).click();
    const admin = new AdminPageModel(page);
    const table = admin.figuresTable();
    await table.waitFor();
    expect(await table.getByRole('row', { name: /kantine, gebouw a/i }).getByRole('cell').allTextContents()).toEqual(['583', '140', '122', '69']);
    expect(await page.getByRole('link', { name: 'A4 PDF' }).count()).toBe(2);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });
});
