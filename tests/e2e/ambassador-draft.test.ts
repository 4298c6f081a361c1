import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { issueInviteToken } from '../bench/sign-in';
import { seriousAxeViolations, startE2eEnvironment, type E2eEnvironment } from './harness';
import { HomePageModel } from './page-models/home-page';

/*
 * From an ambassador's draft to a published training that names them: Aisha
 * (the demo's ambassador, who shows her authorship) drafts a micro-training,
 * L&D makes it a training in the workspace, finishes and publishes it in the
 * ordinary editor, and a colleague opening it sees who drafted it.
 */
describe.runIf(inject('chromiumAvailable'))('an ambassador’s draft becomes a training', () => {
  let env: E2eEnvironment;

  beforeAll(async () => {
    env = await startE2eEnvironment();
  });
  afterAll(async () => env?.close());

  async function as(email: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
    const { page } = await env.newPage({ viewport: { width: 360, height: 640 }, colorScheme, hasTouch: true, isMobile: true });
    await page.goto(`/signin/verify#token=${await issueInviteToken(env.server.database.db, env.baseUrl, email)}`);
    await new HomePageModel(page).waitForFeed();
    return page;
  }

  it('drafted by Aisha, made a training by L&D, published, and credited to her', async () => {
    const aisha = await as('aisha@anker.example');
    await aisha.goto('/ideas');
    const panel = aisha.getByRole('region', { name: /^ambassadeurs/i });
    await panel.getByText('Schrijf een teaser of micro-training', { exact: true }).tap();
    await panel.getByLabel('Soort', { exact: true }).selectOption('micro');
    await panel.getByLabel('Titel', { exact: true }).fill('Rustig bij een valincident');
    await panel.getByLabel('Leg het uit', { exact: true }).fill('Eerst kijken, dan pas tillen.\n\nVraag wat er pijn doet en blijf bij de bewoner.\n\nMeld het daarna in het EPD.');
    await panel.getByRole('button', { name: 'Stuur mijn idee', exact: true }).tap();
    await aisha.getByText('Naar L&D gestuurd om te bekijken.').waitFor();
    await aisha.context().close();

    for (const scheme of ['light', 'dark'] as const) {
      const look = await as('lotte@anker.example', scheme);
      await look.goto('/admin/ideas');
      await look.getByRole('heading', { name: 'Rustig bij een valincident' }).waitFor();
      expect(await seriousAxeViolations(look)).toEqual([]);
      expect(await look.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await look.context().close();
    }

    const lotte = await as('lotte@anker.example');
    await lotte.goto('/admin/ideas');
    const draft = lotte.getByRole('article', { name: 'Rustig bij een valincident' });
    await draft.getByText('Door Aisha El Amrani').waitFor();
    await draft.getByRole('button', { name: 'Maak er een training van', exact: true }).tap();
    await lotte.waitForURL(/\/admin\/items\/[0-9a-f-]{36}$/);
    const itemId = new URL(lotte.url()).pathname.split('/').at(-1) ?? '';
    const title = lotte.getByLabel(/^titel \(nederlands\)/i);
    await title.waitFor();
    expect(await title.inputValue()).toBe('Rustig bij een valincident');
    const stored = await env.server.database.db.selectFrom('learning_items').select(['kind', 'published_at']).where('id', '=', itemId).executeTakeFirstOrThrow();
    expect(stored).toEqual({ kind: 'micro', published_at: null });
    // L&D finishes it in the ordinary editor and publishes it.
    await lotte.getByRole('radio', { name: 'Nu publiceren', exact: true }).check();
    await lotte.getByRole('button', { name: 'Opslaan', exact: true }).tap();
    await lotte.getByRole('status').filter({ hasText: /^opgeslagen$/i }).first().waitFor();
    // Back in the list, the draft links to its training instead of offering to make another.
    await lotte.goto('/admin/ideas');
    await lotte.getByRole('article', { name: 'Rustig bij een valincident' }).getByRole('link', { name: 'Open de training', exact: true }).waitFor();
    await lotte.context().close();

    const sanne = await as('sanne@anker.example');
    await sanne.goto(`/training/${itemId}`);
    await sanne.getByRole('heading', { level: 1, name: 'Rustig bij een valincident' }).waitFor();
    await sanne.getByText('Bedacht door ambassadeur Aisha El Amrani').waitFor();
    expect(await seriousAxeViolations(sanne)).toEqual([]);
    await sanne.screenshot({ path: '.tmp/look/ambassador-training-phone-light.png' });
    await sanne.context().close();
  }, 180_000);
});
