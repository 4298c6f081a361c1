import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousAxeViolations, startE2eEnvironment, type E2eEnvironment } from './harness';
import { signInWithMagicLink } from './page-models/magic-link';
import { LeaderboardPageModel, PrizesPageModel } from './page-models/rewards-pages';

const MONTHLY = /leerkampioen van de maand/i;

/** Completes trainings the way the app's outbox reports them: events posted with the session's CSRF token. */
async function completeTrainings(page: Page, count: number): Promise<void> {
  await page.evaluate(async (n) => {
    const csrf = document.cookie.split('; ').find((c) => c.startsWith('leerlust_csrf='))?.split('=')[1] ?? '';
    const feed = (await (await fetch('/api/feed')).json()) as { teasers: { item: { id: string; kind: string } | null }[] };
    const micro = feed.teasers.flatMap((t) => (t.item?.kind === 'micro' ? [t.item.id] : []));
    const items = [...new Set(micro)].slice(0, n);
    if (items.length < n) throw new Error(`only ${items.length} micro-trainings in the feed`);
    const events = items.map((itemId) => ({
      id: crypto.randomUUID(),
      kind: 'training_completed',
      itemId,
      occurredAt: new Date().toISOString(),
      timeZone: 'Europe/Amsterdam',
    }));
    const response = await fetch('/api/events', { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrf }, body: JSON.stringify({ events }) });
    if (!response.ok) throw new Error(`events: ${response.status}`);
  }, count);
}

describe.runIf(inject('chromiumAvailable'))('rewards: standings, an opt-in leaderboard and recognition', () => {
  let env: E2eEnvironment;
  beforeAll(async () => {
    env = await startE2eEnvironment();
  });
  afterAll(async () => env?.close());

  it('an employee earns points, sees the standing move, appears by name after opting in and disappears after opting out', async () => {
    const daan = await env.newPage();
    await signInWithMagicLink(daan.page, env.smtp, 'daan@anker.example');
    const colleague = await env.newPage();
    await signInWithMagicLink(colleague.page, env.smtp, 'sanne@anker.example');

    // The prizes page, from the home's nav entry.
    await daan.page.getByRole('navigation').getByRole('link', { name: /^(prijzen|prizes)$/i }).click();
    const prizes = new PrizesPageModel(daan.page);
    await prizes.standing(MONTHLY).waitFor();
    const before = await prizes.standing(MONTHLY).textContent();
    expect(before).toMatch(/12 punten/);
    expect(before).toMatch(/plaats 3/);
    expect(await seriousAxeViolations(daan.page)).toEqual([]);

    // Three trainings (30) on top of 12; two of them are the whole of the care team's path "Welkom in de zorg" (20 more).
    await completeTrainings(daan.page, 3);
    await prizes.open();
    await expect.poll(() => prizes.standing(MONTHLY).textContent()).toMatch(/62 punten[\s\S]*plaats 1/);

    // By default nobody sees Daan by name.
    const board = new LeaderboardPageModel(colleague.page);
    await board.open();
    await expect(board.people().textContent()).resolves.not.toContain('Daan');

    const own = new LeaderboardPageModel(daan.page);
    await own.open();
    expect(await own.optIn().isChecked()).toBe(false);
    expect(await seriousAxeViolations(daan.page)).toEqual([]);
    await own.setOptIn(true);
    await expect(own.people().textContent()).resolves.toMatch(/Daan Visser \(jij\)/);

    await board.open();
    await expect(board.people().textContent()).resolves.toMatch(/1Daan Visser\s*62 punten/);

    await own.setOptIn(false);
    await board.open();
    await expect(board.people().textContent()).resolves.not.toContain('Daan');
    await daan.context.close();
    await colleague.context.close();
  });

  it.each(['light', 'dark'] as const)('shows the rewards screens without serious accessibility problems (%s)', async (colorScheme) => {
    const { page, context } = await env.newPage({ locale: 'en-GB' });
    await page.emulateMedia({ colorScheme });
    await signInWithMagicLink(page, env.smtp, colorScheme === 'light' ? 'tomasz@anker.example' : 'aisha@anker.example');
    // The home's prizes widget arrives after the first paint.
    await page.getByRole('region', { name: /^(prijzen|prizes)$/i }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    const prizes = new PrizesPageModel(page);
    await prizes.open();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: /controleer de loting|check the draw/i }).click();
    await page.getByText(/nog niet getrokken|not drawn yet/i).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await new LeaderboardPageModel(page).open();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.goto('/role-models');
    await page.getByRole('heading', { level: 1, name: /rolmodellen|role models/i }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });

  it('lets a manager name a role model, and the admin see the nomination beside the competitions', async () => {
    const manager = await env.newPage({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    await signInWithMagicLink(manager.page, env.smtp, 'mark@anker.example');
    await manager.page.goto('/role-models');
    await manager.page.getByLabel(/teamlid|team member/i).selectOption({ label: 'Emma de Jong' });
    await manager.page.getByLabel(/waarom|why/i).fill('Helpt nieuwe collega’s op weg');
    await manager.page.getByRole('button', { name: /noem als rolmodel|name as role model/i }).click();
    await manager.page.getByText(/verstuurd|sent\./i).waitFor();
    expect(await seriousAxeViolations(manager.page)).toEqual([]);

    const admin = await env.newPage({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    await signInWithMagicLink(admin.page, env.smtp, 'lotte@anker.example');
    await admin.page.goto('/prizes');
    await admin.page.getByRole('link', { name: /prijzen en wedstrijden beheren|manage prizes/i }).click();
    await admin.page.getByRole('region', { name: /voordrachten als rolmodel|role-model nominations/i }).getByText('Helpt nieuwe collega’s op weg').waitFor();
    await admin.page.getByText(/eindejaarsloting/i).first().waitFor();
    expect(await seriousAxeViolations(admin.page)).toEqual([]);
    await manager.context.close();
    await admin.context.close();
  });
});
