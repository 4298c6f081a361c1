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

  /**
   * Waits for the feed. A person who just joined is asked the intake first:
   * this skips it (as anyone may), so tests about other things land on the
   * home as before; the intake's own tests answer it instead.
   */
  async waitForFeed(): Promise<void> {
    const skip = this.page.getByRole('button', { name: /^(nu overslaan|skip for now)$/i });
    await this.feed().first().or(skip).waitFor();
    if (await skip.isVisible()) {
      await skip.click();
      await this.feed().first().waitFor();
    }
  }

  /** A teaser's call to action, which opens its training. */
  teaserLink(callToAction: string | RegExp): Locator {
    return this.feed().getByRole('link', { name: callToAction });
  }

  /** "2 not sent yet: saved on your phone" or "Sending…"; absent once everything reached the server. */
  syncStatus(): Locator {
    return this.page.getByRole('status').filter({ hasText: /nog niet verstuurd|versturen|not sent yet|sending/i });
  }

  /** The streak in weeks (the number only). */
  streak(): Locator {
    return this.page.getByTestId('streak');
  }

  points(): Locator {
    return this.page.getByTestId('points');
  }

  /** The learning-moment card, loaded after the first paint. */
  momentCard(): Locator {
    return this.page.getByRole('region', { name: /^(je leermoment|your learning moment)$/i });
  }

  /** The next moment as the card writes it, e.g. "donderdag 3 december om 10:15". */
  nextMoment(): Locator {
    return this.momentCard().getByTestId('next-moment');
  }

  settingsLink(): Locator {
    return this.page.getByRole('navigation').getByRole('link', { name: /^(instellingen|settings)$/i });
  }
}
