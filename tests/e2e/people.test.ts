import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousAxeViolations, startE2eEnvironment, type E2eEnvironment, type NewPageOptions } from './harness';
import { AdminPageModel } from './page-models/admin-page';
import { signInWithMagicLink } from './page-models/magic-link';

const LAPTOP = { width: 1366, height: 800 };
const CSV = [
  'email,name,department,team,language',
  'kees.keuken@anker.example,Kees Keuken,Facilitair,Keuken,nl',
  'piet.keuken@anker.example,Piet Keuken,Facilitair,Keuken,fr',
  ',Fatima Keuken,Facilitair,Keuken,nl',
].join('\n');

describe.runIf(inject('chromiumAvailable'))('the people page', () => {
  let env: E2eEnvironment;
  // Lotte signs in once (each address gets one mail per environment); her later pages reuse the session.
  let lotte: NewPageOptions['storageState'];
  beforeAll(async () => {
    env = await startE2eEnvironment();
    const { page, context } = await env.newPage();
    await signInWithMagicLink(page, env.smtp, 'lotte@anker.example');
    lotte = await context.storageState();
    await context.close();
  });
  afterAll(async () => env?.close());

  it('imports a CSV with one bad row (its error shown), skips that row, and prints an invite for someone without e-mail', async () => {
    const { page, context } = await env.newPage({ viewport: LAPTOP, storageState: lotte });
    const admin = new AdminPageModel(page);
    await page.goto('/admin');
    await admin.tab(/^mensen$/i).click();
    await page.getByRole('table', { name: /^mensen$/i }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: /^afdelingen en teams$/i }).click();
    await page.getByLabel(/^nieuwe team in facilitair$|^nieuw team in facilitair$/i).fill('Spoelkeuken');
    await page.getByRole('region', { name: 'Facilitair' }).getByRole('button', { name: /^toevoegen$/i }).click();
    await page.getByLabel(/^naam van team spoelkeuken$/i).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: /terug naar mensen/i }).click();
    await page.getByRole('link', { name: /^csv importeren$/i }).click();
    await page.getByLabel(/^csv-bestand$/i).setInputFiles({ name: 'keuken.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await page.getByRole('button', { name: /^bestand controleren$/i }).click();
    await page.getByText('1 van 3 rijen kan niet worden geïmporteerd').waitFor();
    const errors = page.getByRole('table', { name: /rijen die niet kunnen worden geïmporteerd/i });
    // The row's reason in the admin's language, not the server's English.
    expect(await errors.getByRole('row').nth(1).textContent()).toBe('3Kolom language: “fr” is geen taal: gebruik nl of en.');
    expect(await seriousAxeViolations(page)).toEqual([]);
    // A chosen file not yet imported: leaving asks first, and staying keeps the check.
    const asked = new Promise<string>((resolve) => page.once('dialog', (dialog) => void dialog.dismiss().then(() => resolve(dialog.message()))));
    await page.getByRole('link', { name: /terug naar mensen/i }).click();
    expect(await asked).toBe('Het gekozen bestand is niet geïmporteerd. Weggaan zonder te importeren?');
    expect(new URL(page.url()).pathname).toBe('/admin/people/import');
    await errors.waitFor();
    await page.getByRole('button', { name: /de 2 goede rijen importeren/i }).click();
    await page.getByText('2 mensen geïmporteerd.').waitFor();
    await page.getByText('Overgeslagen regels: 3.').waitFor();

    await page.getByRole('link', { name: /terug naar mensen/i }).first().click();
    await page.getByLabel(/^zoek op naam of e-mail$/i).fill('keuken');
    await page.getByRole('status').getByText(/^2 van \d+ mensen$/).waitFor();
    const fatima = page.getByRole('row', { name: /fatima keuken/i });
    expect(await fatima.getByRole('cell').allTextContents()).toEqual(['geen e-mail', 'Facilitair', 'Keuken', 'Medewerker', 'Nog niet aangemeld']);
    await fatima.getByRole('link', { name: 'Fatima Keuken' }).click();
    await page.getByRole('button', { name: /persoonlijke uitnodiging maken/i }).click();
    const sheet = page.getByRole('region', { name: /persoonlijke uitnodiging voor fatima keuken/i });
    await sheet.getByRole('img', { name: /qr-code/i }).waitFor();
    expect(await sheet.getByText(/\/signin\/verify#token=/).count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Printed, the sheet stands alone: no workspace around it, no buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: /onderdelen/i }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: /afdrukken/i }).isVisible()).toBe(false);
    expect(await sheet.getByRole('img', { name: /qr-code/i }).isVisible()).toBe(true);
    await context.close();
  });

  it('names a refused field in the admin’s words, marks it and moves focus to it', async () => {
    const { page, context } = await env.newPage({ viewport: LAPTOP, storageState: lotte });
    await page.goto('/admin/people/new');
    await page.getByLabel(/^naam$/i).fill('Jan Jansen');
    const email = page.getByLabel(/^e-mail$/i);
    await email.fill('jan-zonder-apenstaartje');
    await page.getByRole('button', { name: /^opslaan$/i }).click();
    await page.getByText('Niet opgeslagen: kijk ‘E-mail’ na.').waitFor();
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await email.getAttribute('aria-describedby')).toContain('person-email-error');
    await expect.poll(() => email.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    // Not saved: leaving asks first, and staying keeps what was typed.
    const asked = new Promise<string>((resolve) => page.once('dialog', (dialog) => void dialog.dismiss().then(() => resolve(dialog.message()))));
    await page.getByRole('link', { name: /terug naar mensen/i }).click();
    expect(await asked).toBe('Je hebt wijzigingen die niet zijn opgeslagen. Weggaan zonder op te slaan?');
    expect(await page.getByLabel(/^naam$/i).inputValue()).toBe('Jan Jansen');
    await context.close();
  });
});
