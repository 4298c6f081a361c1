import type { Locator, Page } from 'playwright-core';

/** "Leermoment": the weekly learning moment's form, the calendar download and the reminders card. */
export class MomentPageModel {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/moment');
    await this.heading().waitFor();
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: /^(leermoment|learning moment)$/i });
  }

  /** "Dit is het standaard leermoment van je organisatie…" while the person has not chosen. */
  defaultNotice(): Locator {
    return this.page.getByText(/standaard leermoment van je organisatie|organisation’s standard learning moment/i);
  }

  /** A weekday toggle by its full name, e.g. "donderdag". */
  day(name: string): Locator {
    return this.page.getByRole('checkbox', { name });
  }

  startTime(): Locator {
    return this.page.getByLabel(/^(begintijd|start time)$/i);
  }

  duration(): Locator {
    return this.page.getByLabel(/^(hoe lang|how long)$/i);
  }

  form(name: string | RegExp): Locator {
    return this.page.getByRole('radio', { name });
  }

  topic(): Locator {
    return this.page.getByLabel(/^(onderwerp|topic)/i);
  }

  saveButton(): Locator {
    return this.page.getByRole('button', { name: /leermoment opslaan|save my learning moment/i });
  }

  /** "Opgeslagen. Je volgende leermoment: …". */
  savedStatus(): Locator {
    return this.page.getByRole('status').filter({ hasText: /opgeslagen|saved/i });
  }

  calendarLink(): Locator {
    return this.page.getByRole('link', { name: /zet in mijn agenda|add to my calendar/i });
  }

  reminders(): Locator {
    return this.page.getByRole('region', { name: /^(herinneringen|reminders)$/i });
  }

  enableRemindersButton(): Locator {
    return this.reminders().getByRole('button', { name: /herinneringen aanzetten|turn on reminders/i });
  }

  inboxLink(): Locator {
    return this.reminders().getByRole('link', { name: /^(berichten|messages)$/i });
  }
}

/** The in-app inbox ("Berichten"). */
export class InboxPageModel {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/inbox');
    await this.page.getByRole('heading', { level: 1, name: /^(berichten|messages)$/i }).waitFor();
  }

  items(): Locator {
    return this.page.getByRole('listitem');
  }

  item(title: string): Locator {
    return this.items().filter({ has: this.page.getByRole('heading', { level: 3, name: title }) });
  }

  /** The "Nieuw" tag on an unread message. */
  newTag(item: Locator): Locator {
    return item.getByText(/^(nieuw|new)$/i);
  }

  markAllReadButton(): Locator {
    return this.page.getByRole('button', { name: /alles als gelezen markeren|mark all as read/i });
  }
}
