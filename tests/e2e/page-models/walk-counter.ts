import type { Locator } from 'playwright-core';

/**
 * Counts what an admin does on a walk through the workspace: every click
 * (a button, a link, a checkbox, a tab) and every field filled or chosen,
 * so a test can state how long a journey is and notice when it grows.
 */
export class WalkCounter {
  clicks = 0;
  fields = 0;

  async click(locator: Locator): Promise<void> {
    this.clicks += 1;
    await locator.click();
  }

  async check(locator: Locator): Promise<void> {
    this.clicks += 1;
    await locator.check();
  }

  async fill(locator: Locator, value: string): Promise<void> {
    this.fields += 1;
    await locator.fill(value);
  }

  async select(locator: Locator, label: string): Promise<void> {
    this.fields += 1;
    await locator.selectOption({ label });
  }

  /** The figures so far, e.g. for the test's log. */
  toString(): string {
    return `${this.clicks} clicks, ${this.fields} fields`;
  }
}
