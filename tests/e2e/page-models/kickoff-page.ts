import type { Locator, Page } from 'playwright-core';

/** The public kick-off page behind a poster (/k/<code>), by its roles and labels. */
export class KickoffPageModel {
  constructor(private readonly page: Page) {}

  async open(code: string): Promise<void> {
    await this.page.goto(`/k/${code}`);
    await this.headline().waitFor();
  }

  headline(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  countdown(): Locator {
    return this.page.getByRole('timer');
  }

  calendarLink(): Locator {
    return this.page.getByRole('link', { name: /zet in je agenda|add to calendar/i });
  }

  /** The first screen's main action: try the training the campaign opened, without an account. */
  tryLink(): Locator {
    return this.page.getByRole('link', { name: /^(start de training van \d+ minuten|start the \d+-minute training)$/i });
  }

  joinLink(): Locator {
    return this.page.getByRole('link', { name: /^(meedoen|join)$/i });
  }

  rsvp(answer: 'yes' | 'no'): Locator {
    return this.page.getByRole('button', { name: answer === 'yes' ? /ik ben erbij|i will be there/i : /ik kan niet|i cannot make it/i });
  }
}
