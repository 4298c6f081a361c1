import type { Locator, Page } from 'playwright-core';

/** The workspace's evaluation editor (/admin/evaluations/new or /<id>), by its roles and labels, in Dutch. */
export class EvaluationEditorModel {
  constructor(private readonly page: Page) {}

  form(): Locator {
    return this.page.getByRole('form', { name: /^(nieuwe evaluatie|evaluatie bewerken)$/i });
  }

  title(language: 'Nederlands' | 'Engels'): Locator {
    return this.form().getByLabel(`Titel (${language})`, { exact: true });
  }

  /** "Vraag 2": the group of one question's fields. */
  question(n: number): Locator {
    return this.form().getByRole('group', { name: `Vraag ${n}`, exact: true });
  }

  questionText(n: number, language: 'Nederlands' | 'Engels'): Locator {
    return this.question(n).getByLabel(`Vraag (${language})`, { exact: true });
  }

  kind(n: number): Locator {
    return this.question(n).getByLabel('Soort vraag', { exact: true });
  }

  choice(n: number, option: number, language: 'Nederlands' | 'Engels'): Locator {
    return this.question(n).getByLabel(`Keuze ${option} (${language})`, { exact: true });
  }

  addQuestion(): Locator {
    return this.form().getByRole('button', { name: 'Vraag toevoegen', exact: true });
  }

  trigger(): Locator {
    return this.form().getByLabel('Getoond', { exact: true });
  }

  everyDays(): Locator {
    return this.form().getByLabel('Elke zoveel dagen', { exact: true });
  }

  status(name: 'Concept' | 'Open' | 'Gesloten'): Locator {
    return this.form().getByRole('group', { name: 'Status' }).getByRole('radio', { name, exact: true });
  }

  save(): Locator {
    return this.form().getByRole('button', { name: 'Evaluatie opslaan', exact: true });
  }

  /** The save's answer: "Opgeslagen", or why not. */
  saveStatus(): Locator {
    return this.form().getByRole('status').last();
  }
}
