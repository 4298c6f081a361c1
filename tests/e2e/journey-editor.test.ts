import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { issueInviteToken } from '../bench/sign-in';
import { createGroup } from '../../server/features/target-groups/target-groups.service';
import { seriousAxeViolations, startE2eEnvironment, type E2eEnvironment } from './harness';
import { HomePageModel } from './page-models/home-page';
import { JourneyEditorModel } from './page-models/journey-editor';

/*
 * L&D builds a drip campaign in the workspace as a non-technical person would: who enters (people who have not
 * learned for three weeks, in a saved target group), an e-mail, a wait, a push. What the shared rules refuse is
 * listed by step before saving; once saved, the preview shows what one person receives when, a test mail arrives
 * at L&D's own address, and starting it makes it run. Axe clean and without sideways scrolling, light and dark.
 */
describe.runIf(inject('chromiumAvailable'))('the drip-campaign editor', () => {
  let env: E2eEnvironment;

  beforeAll(async () => {
    env = await startE2eEnvironment();
  });
  afterAll(async () => env?.close());

  async function asLotte(viewport: { width: number; height: number }, colorScheme: 'light' | 'dark'): Promise<Page> {
    const { page } = await env.newPage({ viewport, colorScheme });
    await page.goto(`/signin/verify#token=${await issueInviteToken(env.server.database.db, env.baseUrl, 'lotte@anker.example')}`);
    await new HomePageModel(page).waitForFeed();
    return page;
  }
  async function expectClean(page: Page): Promise<void> {
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  }

  it('builds, previews, test-sends and starts a drip campaign for a target group', async () => {
    const db = env.server.database.db;
    await createGroup(db, { name: 'Stil gevallen', match: 'all', conditions: [{ kind: 'joined', value: true }, { kind: 'inactive_for', weeks: 3 }] }, new Date());
    const lotte = await asLotte({ width: 1366, height: 800 }, 'light');
    const editor = new JourneyEditorModel(lotte);

    // The demo's onboarding journey is there and running.
    await lotte.goto('/admin/journeys');
    await lotte.getByRole('heading', { name: 'Drip-campagnes', level: 2 }).waitFor();
    await lotte.getByRole('article', { name: 'Onboarding' }).getByText('Loopt', { exact: true }).waitFor();
    await expectClean(lotte);
    await lotte.getByRole('link', { name: 'Nieuwe drip-campagne' }).click();
    await editor.form().waitFor();

    await editor.name().fill('Terug op gang');
    await editor.trigger().selectOption({ label: 'die een aantal weken niet heeft geleerd' });
    await editor.weeks().fill('3');
    await editor.group().selectOption({ label: 'Stil gevallen' });
    await editor.subject(1, 'Nederlands').fill('We missen je, {{firstName}}');
    await editor.hook(1, 'Nederlands').fill('Drie minuten, en je bent weer bij');
    await editor.body(1, 'Nederlands').fill('Je volgende leermoment: {{nextMoment}}. Begin hier: {{itemLink}} {{voornaam}}');
    await editor.addStep().click();
    await editor.days(2).fill('2');
    await editor.addStep().click();
    await editor.kind(3).selectOption({ label: 'Een pushbericht sturen' });
    await editor.hook(3, 'Nederlands').fill('Nog drie minuten voor je rug');
    await editor.body(3, 'Nederlands').fill('Probeer de training van deze week.');
    await editor.hook(3, 'Engels').fill('Three more minutes for your back');
    await editor.body(3, 'Engels').fill('Try this week’s training.');

    // Refused before anything is sent: the English of step 1 is missing, and {{voornaam}} does not exist.
    await editor.save().click();
    await editor.problems().waitFor();
    expect(await editor.problems().innerText()).toMatch(/stap 1 heeft geen volledige tekst in het engels/i);
    expect(await editor.problems().innerText()).toMatch(/stap 1 gebruikt \{\{voornaam\}\}, en die bestaat niet/i);
    expect(await editor.step(1).getByText(/geen volledige tekst in het engels/i).count()).toBe(1);
    expect(await lotte.evaluate(() => document.activeElement?.id)).toBe('journey-problems');
    expect(await db.selectFrom('journeys').select('id').where('name', '=', 'Terug op gang').execute()).toEqual([]);
    await expectClean(lotte);

    await editor.body(1, 'Nederlands').fill('Je volgende leermoment: {{nextMoment}}. Begin hier: {{itemLink}}');
    await editor.subject(1, 'Engels').fill('We miss you, {{firstName}}');
    await editor.hook(1, 'Engels').fill('Three minutes and you are back');
    await editor.body(1, 'Engels').fill('Your next learning moment: {{nextMoment}}. Start here: {{itemLink}}');
    await editor.save().click();
    await lotte.waitForURL(/\/admin\/journeys\/[0-9a-f-]{36}$/);
    await lotte.getByRole('status').filter({ hasText: /^opgeslagen$/i }).waitFor();
    const stored = await db.selectFrom('journeys').select(['id', 'status', 'group_id']).where('name', '=', 'Terug op gang').executeTakeFirstOrThrow();
    expect(stored.status).toBe('draft');
    expect(stored.group_id).not.toBeNull();

    // The timeline: the e-mail first, the push at least two days later, each with its hook filled in for Lotte.
    await editor.timeline().nth(1).waitFor();
    expect(await editor.timeline().count()).toBe(2);
    const moments = await editor.timeline().locator('time').evaluateAll((times) => times.map((t) => Date.parse(t.getAttribute('datetime') ?? '')));
    expect((moments[1] ?? 0) - (moments[0] ?? 0)).toBeGreaterThanOrEqual(2 * 86_400_000);
    expect(await editor.timeline().nth(0).innerText()).toMatch(/e-mail[\s\S]*drie minuten, en je bent weer bij/i);
    await expectClean(lotte);
    await lotte.screenshot({ path: '.tmp/look/journey-editor-laptop-light.png', fullPage: true });

    // A test mail in Dutch, filled in for Lotte, arrives at her own address.
    await lotte.locator('summary', { hasText: 'Stap 1 · Nederlands' }).click();
    await lotte.getByRole('button', { name: 'Stap 1 in het Nederlands naar mij sturen' }).click();
    const mail = await env.smtp.waitForMail('lotte@anker.example', 10_000);
    expect(mail.subject).toBe('[Test] We missen je, Lotte');
    await lotte.getByText(/telt niet mee in de cijfers/i).waitFor();

    // Started: it runs.
    await lotte.getByRole('button', { name: 'Starten: Terug op gang' }).click();
    await lotte.getByRole('group', { name: 'Status' }).getByText('Loopt', { exact: true }).waitFor();
    expect((await db.selectFrom('journeys').select('status').where('id', '=', stored.id).executeTakeFirstOrThrow()).status).toBe('active');
    await lotte.context().close();
  });

  it.each([
    ['phone', 'dark', { width: 360, height: 640 }],
    ['laptop', 'dark', { width: 1366, height: 800 }],
  ] as const)('the demo journey in the editor is axe clean and fits (%s, %s)', async (size, colorScheme, viewport) => {
    const lotte = await asLotte(viewport, colorScheme);
    await lotte.goto('/admin/journeys');
    await lotte.getByRole('link', { name: /^bewerken: /i }).first().click();
    const editor = new JourneyEditorModel(lotte);
    await editor.form().waitFor();
    await editor.timeline().first().waitFor();
    await expectClean(lotte);
    await lotte.screenshot({ path: `.tmp/look/journey-editor-${size}-${colorScheme}.png`, fullPage: true });
    await lotte.context().close();
  });
});
