import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SIGN_UP_SETTING } from '../../server/features/settings/sign-up-settings';
import { writeSetting } from '../../server/features/settings/settings.repository';
import { tokenFromMail } from '../helpers/smtp-server';
import { seriousAxeViolations, startE2eEnvironment, type E2eEnvironment } from './harness';
import { HomePageModel } from './page-models/home-page';
import { SignInPageModel } from './page-models/sign-in-page';

describe.runIf(inject('chromiumAvailable'))('an employee signs in with a magic link', () => {
  let env: E2eEnvironment;
  beforeAll(async () => {
    env = await startE2eEnvironment();
  });
  afterAll(async () => env?.close());

  it('asks for a link, follows it from the mail and lands on the home with teasers', async () => {
    const { page, context } = await env.newPage();
    const signIn = new SignInPageModel(page);
    await signIn.open();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await signIn.askForLink('sanne@anker.example');
    expect(await seriousAxeViolations(page)).toEqual([]);
    const mail = await env.smtp.waitForMail('sanne@anker.example');
    await page.goto(`/signin/verify#token=${tokenFromMail(mail)}`);

    const home = new HomePageModel(page);
    await home.waitForFeed();
    expect(page.url()).toBe(`${env.baseUrl}/`);
    await expect(home.greeting().textContent()).resolves.toContain('Sanne');
    expect(await home.feed().count()).toBeGreaterThanOrEqual(5);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });

  it('refuses a used or made-up link with a way to ask for a new one', async () => {
    const { page, context } = await env.newPage({ locale: 'en-GB' });
    await page.goto('/signin/verify#token=this-token-was-never-issued-by-the-server');
    await page.getByRole('heading', { name: 'This link no longer works' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Get a new link' }).click();
    await page.getByRole('heading', { name: 'Sign in to Leerlust' }).waitFor();
    await context.close();
  });

  it('shows the settings page without accessibility problems, and signs out', async () => {
    const { page, context } = await env.newPage({ locale: 'en-GB' });
    await new SignInPageModel(page).open();
    await new SignInPageModel(page).askForLink('mark@anker.example');
    const mail = await env.smtp.waitForMail('mark@anker.example');
    await page.goto(`/signin/verify#token=${tokenFromMail(mail)}`);
    await new HomePageModel(page).waitForFeed();
    await page.getByRole('link', { name: /instellingen|settings/i }).click();
    await page.getByRole('heading', { level: 1, name: /instellingen|settings/i }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /^(uitloggen|sign out)$/i }).click();
    await page.getByRole('heading', { name: /inloggen bij leerlust|sign in to leerlust/i }).waitFor();
    await context.close();
  });

  it("greets a French phone in the organisation's default language, and mails and signs it up in that language", async () => {
    const { db } = env.server.database;
    for (const [defaultLanguage, heading, subject] of [
      ['en', 'Sign in to Leerlust', 'Your Leerlust sign-in link'],
      ['nl', 'Inloggen bij Leerlust', 'Je inloglink voor Leerlust'],
    ] as const) {
      await writeSetting(db, SIGN_UP_SETTING, { domains: ['anker.example'], defaultLanguage }, new Date());
      const { page, context } = await env.newPage({ locale: 'fr-FR' });
      const signIn = new SignInPageModel(page);
      await signIn.open();
      await page.getByRole('heading', { name: heading }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(defaultLanguage);
      const address = `nouveau.${defaultLanguage}@anker.example`;
      await signIn.askForLink(address);
      const mail = await env.smtp.waitForMail(address);
      expect(mail.subject).toBe(subject);
      await page.goto(`/signin/verify#token=${tokenFromMail(mail)}`);
      await new HomePageModel(page).waitForFeed();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(defaultLanguage);
      const person = await db.selectFrom('people').select('language').where('email', '=', address).executeTakeFirstOrThrow();
      expect(person.language).toBe(defaultLanguage);
      await context.close();
    }
  });
});
