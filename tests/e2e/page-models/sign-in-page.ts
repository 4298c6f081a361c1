import type { Page } from 'playwright-core';

/** The sign-in screen, by its accessible roles and labels. */
export class SignInPageModel {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/signin');
  }

  async askForLink(email: string): Promise<void> {
    await this.page.getByLabel(/e-mail/i).fill(email);
    await this.page.getByRole('button', { name: /stuur mij een link|send me a link/i }).click();
    await this.page.getByRole('heading', { name: /kijk in je mail|check your e-mail/i }).waitFor();
  }
}

/** Signing in through the organisation's identity provider: the button here, the provider's own form there. */
export class SsoSignInModel {
  constructor(private readonly page: Page) {}

  async start(label: string): Promise<void> {
    await this.page.getByRole('link', { name: new RegExp(`(inloggen|sign in|opnieuw proberen|try again) met ${label}|with ${label}`, 'i') }).click();
  }

  /** The test provider's login form (oidc-provider's development screen): any login, any password. */
  async signInAtProvider(login: string): Promise<void> {
    await this.page.getByPlaceholder('Enter any login').fill(login);
    await this.page.getByPlaceholder('and password').fill('any');
    await this.page.getByRole('button', { name: 'Sign-in' }).click();
  }

  refusal() {
    return this.page.getByRole('alert');
  }
}
