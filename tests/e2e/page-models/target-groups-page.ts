import type { Locator, Page } from 'playwright-core';

/** The workspace's target groups (/admin/target-groups) and a campaign's channel mix, by roles and labels. */
export class TargetGroupsPageModel {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/admin/target-groups');
    await this.heading().waitFor();
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 2, name: /^(doelgroepen|target groups)$/i });
  }

  newGroup(): Locator {
    return this.page.getByRole('link', { name: /nieuwe doelgroep|new target group/i });
  }

  name(): Locator {
    return this.page.getByLabel(/^(naam|name)/i);
  }

  option(label: string): Locator {
    return this.page.getByRole('checkbox', { name: label });
  }

  liveCount(): Locator {
    return this.page.getByRole('status').filter({ hasText: /nu in deze doelgroep|now in this group/i });
  }

  save(): Locator {
    return this.page.getByRole('button', { name: /doelgroep opslaan|save group/i });
  }

  members(): Locator {
    return this.page.getByRole('heading', { name: /wie erin zit|who is in it/i });
  }

  channelMix(): Locator {
    return this.page.getByRole('heading', { level: 2, name: /kanalenmix|channel mix/i });
  }

  channelPicker(groupName: string): Locator {
    return this.page.getByRole('region', { name: new RegExp(groupName) }).getByLabel(/^(kanaal|channel)$/i);
  }

  addChannel(groupName: string): Locator {
    return this.page.getByRole('region', { name: new RegExp(groupName) }).getByRole('button', { name: /kanaal toevoegen|add channel/i });
  }
}
