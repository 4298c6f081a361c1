import type { Locator, Page } from 'playwright-core';

/** The signed-in home with its feed of teasers. */
export class HomePageModel {
  constructor(private readonly page: Page) {}

  greeting(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  feed(): Locator {
    return this.page.getByRole('region', { name: /nieuw in het leeraanbod|new in the learning offer/i }).getByRole('listitem');
  }

  async waitForFeed(): Promise<void> {
    await this.feed().first().waitFor();
  }
}
