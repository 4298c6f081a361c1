import type { Locator, Page } from 'playwright-core';

/** The workspace's drip-campaign editor (/admin/journeys/new or /<id>) and its preview, by roles and labels, in Dutch. */
export class JourneyEditorModel {
  constructor(private readonly page: Page) {}

  form(): Locator {
    return this.page.getByRole('form', { name: /^(nieuwe drip-campagne|drip-campagne bewerken)$/i });
  }

  name(): Locator {
    return this.form().getByLabel(/^naam/i);
  }

  trigger(): Locator {
    return this.form().getByLabel('Iemand komt erin als', { exact: true });
  }

  weeks(): Locator {
    return this.form().getByLabel('Weken zonder leren', { exact: true });
  }

  group(): Locator {
    return this.form().getByLabel('Alleen voor een doelgroep', { exact: true });
  }

  /** "Stap 2": the group of one step's fields. */
  step(n: number): Locator {
    return this.form().getByRole('group', { name: `Stap ${n}`, exact: true });
  }

  kind(n: number): Locator {
    return this.step(n).getByLabel('Wat er gebeurt', { exact: true });
  }

  subject(n: number, language: 'Nederlands' | 'Engels'): Locator {
    return this.step(n).getByLabel(`Onderwerp (${language})`, { exact: true });
  }

  hook(n: number, language: 'Nederlands' | 'Engels'): Locator {
    return this.step(n).getByLabel(new RegExp(`^Haak \\(${language}\\)`));
  }

  body(n: number, language: 'Nederlands' | 'Engels'): Locator {
    return this.step(n).getByLabel(`Bericht (${language})`, { exact: true });
  }

  days(n: number): Locator {
    return this.step(n).getByLabel('Dagen', { exact: true });
  }

  addStep(): Locator {
    return this.form().getByRole('button', { name: 'Stap toevoegen', exact: true });
  }

  save(): Locator {
    return this.form().getByRole('button', { name: 'Drip-campagne opslaan', exact: true });
  }

  problems(): Locator {
    return this.form().getByRole('alert');
  }

  /** The timeline of what one sample person receives, one item per message. */
  timeline(): Locator {
    return this.page.getByRole('complementary', { name: 'Wat één persoon krijgt' }).getByRole('listitem');
  }
}
