import { readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousAxeViolations, startE2eEnvironment, type E2eEnvironment } from './harness';
import { signInWithMagicLink } from './page-models/magic-link';

describe.runIf(inject('chromiumAvailable'))('L&D insights: the planner and the funnel of the demo campaign', () => {
  let env: E2eEnvironment;
  beforeAll(async () => {
    env = await startE2eEnvironment();
  });
  afterAll(async () => env?.close());

  it('shows the open points of the demo campaign, turns one done once fixed, and shows the canteen poster converting better than the reception in the funnel, with a CSV export', async () => {
    mkdirSync('.tmp/insights', { recursive: true });
    const { page, context } = await env.newPage({ viewport: { width: 1280, height: 900 } });
    await signInWithMagicLink(page, env.smtp, 'lotte@anker.example');
    await page.goto('/admin/campaigns');
    await page.getByRole('link', { name: 'Lente-kick-off' }).click();
    const planner = page.getByRole('region', { name: /campagneplanner/i });
    await planner.waitFor();
    const point = (code: string) => planner.locator(`[data-point="${code}"]`);
    // The kick-off is dated and placed, the posters are printed; no journey starts at this kick-off yet.
    await expect.poll(() => point('kickoff').getAttribute('data-status')).toBe('done');
    expect(await point('journey').getAttribute('data-status')).toBe('open');
    expect(await point('expect').getAttribute('data-status')).toBe('done');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: '.tmp/insights/planner-laptop-light.png', fullPage: false });

    // Fix one: empty what-to-expect in English makes it open; writing it in the form's step turns it done again.
    const expectEn = page.getByLabel(/^wat ze kunnen verwachten \(engels\)/i);
    await expectEn.fill('');
    await page.getByRole('button', { name: /^opslaan$/i }).click();
    await expect.poll(() => point('expect').getAttribute('data-status')).toBe('open');
    await expect(point('expect').textContent()).resolves.toContain('en');
    expect(await point('expect').getByRole('link', { name: /regel dit/i }).getAttribute('href')).toMatch(/#campaign-texts$/);
    await expectEn.fill('Micro-trainings of three minutes, in work time.');
    await page.getByRole('button', { name: /^opslaan$/i }).click();
    await expect.poll(() => point('expect').getAttribute('data-status')).toBe('done');

    await page.goto('/admin/insights');
    const table = page.locator('table.funnel-table[data-breakdown="channel"]');
    await table.waitFor();
    const rate = async (label: RegExp) => {
      const row = table.getByRole('row', { name: label });
      const visits = Number(await row.locator('[data-column="visits"]').textContent());
      const joined = Number(await row.locator('[data-column="joined"]').textContent());
      return joined / visits;
    };
    const canteen = await rate(/kantine/i);
    const reception = await rate(/receptie/i);
    expect(canteen).toBeGreaterThan(reception);
    const violations = await seriousAxeViolations(page);
    expect(JSON.stringify(violations)).toBe('[]');
    await page.screenshot({ path: '.tmp/insights/funnel-laptop-light.png', fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /exporteer csv/i }).click()]);
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(/^Rij,Bezoeken,Aangemeld/);
    expect(csv).toMatch(/Kantine, gebouw A/);

    await page.getByRole('button', { name: /per week/i }).click();
    await page.locator('table.funnel-table[data-breakdown="week"]').waitFor();
    await page.screenshot({ path: '.tmp/insights/funnel-week-laptop-light.png', fullPage: true });
    // Tablet and laptop, dark and light, in the same session (a new sign-in per size would meet the magic link's rate limit).
    for (const [width, height, scheme] of [
      [820, 1180, 'dark'],
      [1280, 900, 'dark'],
      [820, 1180, 'light'],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme });
      const size = width < 1000 ? 'tablet' : 'laptop';
      await page.goto('/admin/insights');
      await page.locator('table.funnel-table').waitFor();
      await page.screenshot({ path: `.tmp/insights/funnel-${size}-${scheme}.png`, fullPage: true });
      await page.goto('/admin/campaigns');
      await page.getByRole('link', { name: 'Lente-kick-off' }).click();
      await planner.waitFor();
      await page.screenshot({ path: `.tmp/insights/planner-${size}-${scheme}.png` });
    }
    await context.close();
  }, 180_000);
});
