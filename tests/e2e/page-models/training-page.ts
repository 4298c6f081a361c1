import type { Locator, Page } from 'playwright-core';

/** One training: the micro-training player with its cards and questions, the done screen, macro parts or classroom sessions. */
export class TrainingPageModel {
  constructor(private readonly page: Page) {}

  async open(itemId: string): Promise<void> {
    await this.page.goto(`/training/${itemId}`);
  }

  title(name?: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 1, ...(name !== undefined && { name }) });
  }

  /** The heading of the card shown now (a text card's title or a question's prompt). */
  card(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 2, name });
  }

  /**
   * Waits for a card and for the focus on its heading, where a new card puts
   * it: a Tab pressed before that would start from the previous card's button.
   */
  async reachCard(name: string | RegExp): Promise<void> {
    const heading = this.card(name);
    await heading.waitFor();
    for (let tries = 0; !(await this.hasFocus(heading)); tries++) {
      if (tries === 50) throw new Error(`the focus did not move to the heading of ${heading.toString()}`);
      await this.page.waitForTimeout(20);
    }
  }

  /** "Card 2 of 4". */
  position(): Locator {
    return this.page.getByText(/^(kaart|card) \d+ (van|of) \d+$/i);
  }

  answer(text: string | RegExp): Locator {
    return this.page.getByRole('group').getByRole('button', { name: text });
  }

  /** What the person learns after answering: "Correct! …" or "Not quite. …". */
  feedback(): Locator {
    return this.page.getByText(/^(goed!|niet helemaal\.|correct!|not quite\.)/i);
  }

  nextButton(): Locator {
    return this.page.getByRole('button', { name: /^(volgende|next)$/i });
  }

  finishButton(): Locator {
    return this.page.getByRole('button', { name: /^(afronden|finish)$/i });
  }

  doneHeading(): Locator {
    return this.page.getByRole('heading', { level: 2, name: /goed gedaan|well done/i });
  }

  /** On the done screen: the completion is only on the phone so far. */
  pendingNotice(): Locator {
    return this.page.getByRole('status').filter({ hasText: /zodra je online bent|as soon as you are online/i });
  }

  streak(): Locator {
    return this.page.getByTestId('streak');
  }

  points(): Locator {
    return this.page.getByTestId('points');
  }

  homeLink(): Locator {
    return this.page.getByRole('link', { name: /terug naar start|back to home/i });
  }

  /** A macro-training's part, ticked off one by one; `done` only matches it ticked off (or not). */
  macroPart(n: number, done?: boolean): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^(deel ${n} gedaan|part ${n} done)$`, 'i'), ...(done !== undefined && { pressed: done }) });
  }

  /** A classroom training's sessions. */
  sessions(): Locator {
    return this.page.getByRole('region', { name: /^(sessies|sessions)$/i }).getByRole('listitem');
  }

  hasFocus(target: Locator): Promise<boolean> {
    return target.evaluate((element) => element === document.activeElement);
  }

  /**
   * Presses Tab until `target` has the focus, as a keyboard user would, and
   * fails when it is not reached within `maxTabs` presses.
   */
  async tabTo(target: Locator, maxTabs = 15): Promise<void> {
    for (let presses = 0; presses < maxTabs; presses++) {
      await this.page.keyboard.press('Tab');
      if (await this.hasFocus(target)) return;
    }
    throw new Error(`Tab did not reach ${target.toString()} in ${maxTabs} presses`);
  }

  /** Tabs to `target` and presses it with Enter or Space. */
  async pressByKeyboard(target: Locator, key: 'Enter' | 'Space'): Promise<void> {
    await this.tabTo(target);
    await this.page.keyboard.press(key);
  }
}
