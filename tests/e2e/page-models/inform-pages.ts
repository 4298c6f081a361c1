import type { Locator, Page } from 'playwright-core';

/** The home's "for you" section, the intake, "why we learn", the catalogue and the manager's team paths. */
export class InformPagesModel {
  constructor(private readonly page: Page) {}

  forYou(): Locator {
    return this.page.getByRole('region', { name: /^(voor jou|for you)$/i });
  }

  /** The recommended trainings' titles, in the order the home shows them. */
  async recommendedTitles(): Promise<string[]> {
    const list = this.forYou().getByRole('list', { name: /aanbevolen voor jou|recommended for you/i });
    await list.getByRole('link').first().waitFor();
    return list.getByRole('link').allTextContents();
  }

  path(title: string): Locator {
    return this.forYou().getByRole('listitem').filter({ has: this.page.getByRole('heading', { level: 3, name: title }) });
  }

  /** The intake's screen, as a first sign-in lands on it (or the home's link opens it). */
  intakeHeading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: /^(wat helpt jou leren\?|what helps you learn\?)$/i });
  }

  /** Answers the intake on its screen (where a first sign-in lands). */
  async answerIntake(needs: RegExp[], motivation: RegExp): Promise<void> {
    await this.intakeHeading().waitFor();
    for (const need of needs) await this.page.getByRole('checkbox', { name: need }).check();
    await this.page.getByRole('button', { name: /^(volgende|next)$/i }).click();
    await this.page.getByRole('radio', { name: motivation }).check();
    await this.page.getByRole('button', { name: /^(volgende|next)$/i }).click();
    await this.page.getByRole('radio', { name: /^(online)$/i }).check();
    await this.page.getByRole('button', { name: /antwoorden bewaren|save my answers/i }).click();
  }

  async addGoal(title: string): Promise<void> {
    await this.page.getByRole('textbox', { name: /^(mijn doel|my goal)$/i }).fill(title);
    await this.page.getByRole('button', { name: /^(doel toevoegen|add a goal)$/i }).click();
  }

  /** The own goal's "reached" checkbox (named by the goal). */
  myGoal(title: string): Locator {
    return this.page.getByRole('checkbox', { name: new RegExp(`^${title}`) });
  }

  /** The own goal's "agreed with my manager" checkbox. */
  agreedWithManager(title: string): Locator {
    return this.page.getByRole('checkbox', { name: new RegExp(`^(afgesproken met mijn leidinggevende|agreed with my manager)\\W+${title}$`, 'i') });
  }

  search(): Locator {
    return this.page.getByRole('searchbox', { name: /zoek op titel|search by title/i });
  }

  results(): Locator {
    return this.page.getByRole('list', { name: /alle trainingen|all trainings/i }).getByRole('link');
  }

  skipIntake(): Locator {
    return this.page.getByRole('button', { name: /^(nu overslaan|skip for now)$/i });
  }

  teamPath(title: string): Locator {
    return this.page.getByRole('listitem').filter({ has: this.page.getByRole('heading', { level: 2, name: title }) });
  }
}
