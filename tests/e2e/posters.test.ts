import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { decodeQr } from '../helpers/qr';
import { seriousAxeViolations, startE2eEnvironment, type E2eEnvironment } from './harness';
import { AdminPageModel } from './page-models/admin-page';
import { KickoffPageModel } from './page-models/kickoff-page';
import { signInWithMagicLink } from './page-models/magic-link';

describe.runIf(inject('chromiumAvailable'))('QR posters, from the workspace to a scan', () => {
  let env: E2eEnvironment;
  beforeAll(async () => {
    env = await startE2eEnvironment();
  });
  afterAll(async () => env?.close());

  it('creates a campaign with a kick-off and two posters, prints one whose QR code (read by jsQR from Chromium) opens its kick-off, and sees the scan arrive', async () => {
    const { page, context } = await env.newPage({ viewport: { width: 1280, height: 900 } });
    await signInWithMagicLink(page, env.smtp, 'lotte@anker.example');
    await page.goto('/admin/campaigns/new');
    await page.getByLabel(/^naam/i).fill('Najaarscampagne');
    await page.getByLabel(/^kop \(nederlands\)/i).fill('Leren doe je samen');
    await page.getByLabel(/^moment van de kick-off/i).fill('2030-10-01T14:00');
    await page.getByLabel(/^plaats$/i).fill('Kantine, gebouw B');
    await page.getByRole('button', { name: /^opslaan$/i }).click();
    await page.waitForURL(/\/admin\/campaigns\/[0-9a-f-]{36}$/);

    for (const placement of ['Kantine, gebouw B', 'Receptie B']) {
      await page.getByLabel(/^plek/i).fill(placement);
      await page.getByRole('button', { name: /poster toevoegen/i }).click();
      await page.getByRole('group', { name: new RegExp(`afdrukken: ${placement}`, 'i') }).waitFor();
    }
    const table = new AdminPageModel(page).figuresTable();
    expect(await table.getByRole('row', { name: /receptie b/i }).getByRole('cell').allTextContents()).toEqual(['0', '0', '0', '0']);
    expect(await seriousAxeViolations(page)).toEqual([]);

    const prints = page.getByRole('group', { name: /afdrukken: kantine, gebouw b/i });
    const svgHref = (await prints.getByRole('link', { name: 'A4 SVG' }).getAttribute('href')) ?? '';
    const pdf = await page.request.get((await prints.getByRole('link', { name: 'A3 PDF' }).getAttribute('href')) ?? '');
    expect(pdf.headers()['content-type']).toBe('application/pdf');

    // The poster file as served, rendered by Chromium at its printed size (210 mm ≈ 794 px), decoded from the pixels.
    // (Opened directly, its sandboxing CSP stops Playwright's screenshot from running; inline, it renders the same.)
    const svg = await (await page.request.get(svgHref)).text();
    const poster = await context.newPage();
    await poster.setViewportSize({ width: 800, height: 1131 });
    await poster.setContent(`<body style="margin:0">${svg.replace(/^<\?xml[^>]*>/, '')}</body>`);
    const url = await decodeQr(await poster.screenshot({ fullPage: true }));
    expect(url).toMatch(new RegExp(`^${env.baseUrl}/k/[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$`));
    expect(await poster.evaluate(() => document.body.textContent)).toContain(url?.replace(/^https?:\/\//, ''));
    expect(await poster.evaluate(() => document.body.textContent)).toContain('Leren doe je samen');

    const { page: phone, context: phoneContext } = await env.newPage();
    const kickoff = new KickoffPageModel(phone);
    await phone.goto(url ?? '');
    await kickoff.headline().waitFor();
    await expect(kickoff.headline().textContent()).resolves.toBe('Leren doe je samen');
    await phoneContext.close();

    await page.reload();
    await expect
      .poll(async () => {
        await page.reload();
        return table.getByRole('row', { name: /kantine, gebouw b/i }).getByRole('cell').first().textContent();
      })
      .toBe('1');
    await context.close();
  });
});
