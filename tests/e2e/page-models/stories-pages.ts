import type { Locator, Page } from 'playwright-core';

/** Success stories: writing one, the author's list, a story behind its link, and moderation in the workspace. */
export class StoriesPagesModel {
  constructor(private readonly page: Page) {}

  async write(story: { title: string; body: string; display: RegExp }): Promise<void> {
    await this.page.goto('/stories/new');
    await this.page.getByLabel(/^(titel|title)$/i).fill(story.title);
    await this.page.getByLabel(/^(je verhaal|your story)$/i).fill(story.body);
    const training = this.page.getByLabel(/de training waar het over gaat|the training it is about/i);
    await training.locator('option:nth-child(2)').waitFor({ state: 'attached' });
    await training.selectOption({ index: 1 });
    await this.page.getByRole('radio', { name: story.display }).check();
    await this.page.getByRole('button', { name: /stuur naar l&d|send to l&d/i }).click();
    await this.page.getByRole('heading', { name: /dank je! l&d leest|thanks! l&d will read/i }).waitFor();
  }

  /** The chosen training's title, as the form showed it. */
  moderationCard(title: string): Locator {
    return this.page.getByRole('article', { name: title });
  }

  approveButton(title: string): Locator {
    return this.moderationCard(title).getByRole('button', { name: /^(goedkeuren|approve)$/i });
  }

  story(title: string): Locator {
    return this.page.getByRole('article', { name: title });
  }

  learnButton(): Locator {
    return this.page.getByRole('button', { name: /^(dit wil ik ook leren|i want to learn this too)$/i });
  }

  shareButton(): Locator {
    return this.page.getByRole('button', { name: /^(delen|share)$/i });
  }

  joinLink(): Locator {
    return this.page.getByRole('link', { name: /doe mee en lees het|join to read it/i });
  }
}
