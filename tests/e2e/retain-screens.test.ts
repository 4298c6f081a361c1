import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { issueInviteToken } from '../bench/sign-in';
import { seriousAxeViolations, startE2eEnvironment, type E2eEnvironment } from './harness';
import { HomePageModel } from './page-models/home-page';

/*
 * The screens of stories, ideas, evaluations and the team page, on a phone
 * in light and dark: no serious axe violation, nothing wider than the
 * screen, and the evaluation card answered with the keyboard-free taps a
 * phone gives.
 */
describe.runIf(inject('chromiumAvailable'))('retain & inspire screens', () => {
  let env: E2eEnvironment;

  beforeAll(async () => {
    env = await startE2eEnvironment();
  });
  afterAll(async () => env?.close());

  async function as(email: string, colorScheme: 'light' | 'dark'): Promise<Page> {
    const { page } = await env.newPage({ viewport: { width: 360, height: 640 }, locale: 'nl-NL', colorScheme, hasTouch: true, isMobile: true });
    await page.goto(`/signin/verify#token=${await issueInviteToken(env.server.database.db, env.baseUrl, email)}`);
    await new HomePageModel(page).waitForFeed();
    return page;
  }
  async function expectClean(page: Page): Promise<void> {
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  }

  it.each(['light', 'dark'] as const)('are axe clean and fit the phone (%s)', async (scheme) => {
    const sanne = await as('sanne@anker.example', scheme);
    await sanne.getByRole('heading', { name: /hoe werkt de app voor jou/i }).waitFor();
    await expectClean(sanne);
    // Text at 200 %, as Android's font size sets it: the evaluation card and the stories still fit.
    await sanne.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    expect(await sanne.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
    await sanne.evaluate(() => (document.documentElement.style.fontSize = ''));
    for (const [path, ready] of [
      ['/ideas', /^ambassadeurs$/i],
      ['/stories/mine', /^mijn verhalen$/i],
      ['/stories', /^mijn rug doet het weer$/i],
    ] as const) {
      await sanne.goto(path);
      await sanne.getByRole('heading', { name: ready }).waitFor();
      await expectClean(sanne);
    }
    await sanne.context().close();

    const mark = await as('mark@anker.example', scheme);
    await mark.goto('/team');
    await mark.getByRole('heading', { name: /teammail/i }).waitFor();
    await expectClean(mark);
    await mark.context().close();

    const lotte = await as('lotte@anker.example', scheme);
    for (const tab of ['stories', 'ideas', 'evaluations']) {
      await lotte.goto(`/admin/${tab}`);
      await lotte.getByRole('heading', { level: 3 }).first().waitFor();
      await expectClean(lotte);
    }
    await lotte.getByRole('button', { name: /^resultaten$/i }).first().tap();
    await lotte.getByText(/^gemiddelde:/i).first().waitFor();
    await expectClean(lotte);
    await lotte.context().close();
  });

  it('takes an evaluation answer on the home and does not ask again', async () => {
    const page = await as('daan@anker.example', 'light');
    const card = page.getByRole('form', { name: /hoe werkt de app voor jou/i });
    await card.waitFor();
    await card.getByRole('group', { name: /makkelijk te gebruiken/i }).getByRole('radio', { name: '4', exact: true }).check();
    await card.getByRole('button', { name: /stuur mijn antwoorden/i }).tap();
    await page.getByText(/dank je! dit helpt l&d/i).waitFor();
    const stored = await env.server.database.db.selectFrom('evaluation_responses').select('answers').execute();
    expect(stored.some((r) => r.answers.includes('"value":4') && r.answers.includes('"easy"'))).toBe(true);
    await page.reload();
    await page.getByRole('heading', { name: /verhalen van collega/i }).waitFor();
    expect(await card.count()).toBe(0);
    await page.context().close();
  });
});
