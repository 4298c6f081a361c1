import type { Page } from 'playwright-core';
import { tokenFromMail, type TestSmtpServer } from '../../helpers/smtp-server';
import { HomePageModel } from './home-page';
import { SignInPageModel } from './sign-in-page';

/**
 * Signs in the way a person does: asks for a link, opens the one in the mail
 * and waits for the home's feed (skipping the intake a first sign-in asks). Use each address once per environment
 * (the SMTP harness hands back a mail already received).
 */
export async function signInWithMagicLink(page: Page, smtp: TestSmtpServer, email: string): Promise<HomePageModel> {
  await openMagicLink(page, smtp, email);
  const home = new HomePageModel(page);
  await home.waitForFeed();
  return home;
}

/** Asks for a link and opens it, nothing more: who just joined lands on the intake, anyone else on the home. */
export async function openMagicLink(page: Page, smtp: TestSmtpServer, email: string): Promise<void> {
  const signIn = new SignInPageModel(page);
  await signIn.open();
  await signIn.askForLink(email);
  await page.goto(`/signin/verify#token=${tokenFromMail(await smtp.waitForMail(email))}`);
}
