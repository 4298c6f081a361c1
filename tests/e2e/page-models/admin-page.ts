import type { Locator, Page } from 'playwright-core';

/** The L&D workspace (/admin), by its roles and labels. */
export class AdminPageModel {
  constructor(private readonly page: Page) {}

  navLink(): Locator {
    return this.page.getByRole('navigation', { name: /hoofdmenu|main/i }).getByRole('link', { name: /^(beheer|admin)$/i });
  }

  title(): Locator {
    return this.page.getByRole('heading', { level: 1, name: /werkplaats|workspace/i });
  }

  tab(name: RegExp): Locator {
    return this.page.getByRole('navigation', { name: /onderdelen|sections/i }).getByRole('link', { name });
  }

  hookField(language: 'Nederlands' | 'Dutch' | 'English' | 'Engels'): Locator {
    return this.page.getByLabel(new RegExp(`^(haak|hook) \\(${language}\\)`, 'i'));
  }

  saveButton(): Locator {
    return this.page.getByRole('button', { name: /^(opslaan|save)$/i });
  }

  figuresTable(): Locator {
    return this.page.getByRole('table', { name: /cijfers per poster|figures per poster/i });
  }
}
