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
