import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
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
});
