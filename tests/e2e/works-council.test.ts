import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousAxeViolations, startE2eEnvironment, type E2eEnvironment } from './harness';
import { signInWithMagicLink } from './page-models/magic-link';

const LAPTOP = { width: 1280, height: 800 };

describe.runIf(inject('chromiumAvailable'))('works-council mode', () => {
  let env: E2eEnvironment;
  beforeAll(async () => {
    env = await startE2eEnvironment();
  });
  afterAll(async () => env?.close());

  it('shows the admin who sees what, the description to download, retention and the connections, without accessibility problems', async () => {
    const { page, context } = await env.newPage({ viewport: LAPTOP, locale: 'en-GB' });
    await signInWithMagicLink(page, env.smtp, 'lotte@anker.example');
    await page.goto('/admin/works-council');
    await page.getByRole('heading', { name: /who sees what, how long/i }).waitFor();
    await page.getByRole('rowheader', { name: /learning activity/i }).waitFor();
    await page.getByRole('link', { name: 'PDF, Nederlands' }).waitFor();
    await page.getByLabel('Learning activity').fill('365');
    await page.getByRole('button', { name: 'Save' }).first().click();
    await page.getByText(/saved/i).first().waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    const pdf = await page.request.get('/api/admin/processing-description?format=pdf&language=nl');
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

    await page.goto('/admin/connections');
    await page.getByRole('heading', { name: 'Single sign-on (OpenID Connect)' }).waitFor();
    await page.getByRole('button', { name: 'Make a token' }).click();
    await page.getByText(/shown only once/i).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    // Lotte opens the people list: everyone on it will see that she did.
    await page.goto('/admin/people');
    await page.getByText('Sanne Bakker').first().waitFor();
    await context.close();
  });

  it('shows an employee on a phone who sees what and who looked at their data', async () => {
    const { page, context } = await env.newPage();
    await signInWithMagicLink(page, env.smtp, 'sanne@anker.example');
    await page.goto('/privacy');
    await page.getByRole('heading', { level: 1, name: 'Wie ziet wat' }).waitFor();
    await page.getByRole('heading', { name: 'Wie je gegevens bekeek' }).waitFor();
    await page.getByText(/Lotte de Vries \(beheerder\) · de lijst met mensen/).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });
});
