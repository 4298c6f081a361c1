import type { Locator, Page } from 'playwright-core';

/** The prizes page: competitions with the person's own standing, prizes won. */
export class PrizesPageModel {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/prizes');
    await this.page.getByRole('heading', { level: 1, name: /prijzen en wedstrijden|prizes and competitions/i }).waitFor();
  }

  competition(title: string | RegExp): Locator {
    return this.page.getByRole('listitem').filter({ has: this.page.getByRole('heading', { name: title }) });
  }

  /** The person's own line in a competition, e.g. "Je staat op plaats 2". */
  standing(title: string | RegExp): Locator {
    return this.competition(title).getByTestId('my-standing');
  }
}

/** This month's boards and the opt-in switch. */
export class LeaderboardPageModel {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/leaderboard');
    await this.optIn().waitFor();
  }

  optIn(): Locator {
    return this.page.getByRole('switch', { name: /toon mijn naam|show my name/i });
  }

  /** Colleagues on the individual board, by name. */
  people(): Locator {
    return this.page.getByRole('region', { name: /collega’s die meedoen|colleagues who joined/i });
  }

  async setOptIn(on: boolean): Promise<void> {
    const toggle = this.optIn();
    if ((await toggle.isChecked()) !== on) await toggle.click();
    await this.page.waitForFunction((want) => {
      const el = document.querySelector<HTMLInputElement>('input[role="switch"]');
      return el !== null && el.checked === want && !el.disabled;
    }, on);
  }
}
