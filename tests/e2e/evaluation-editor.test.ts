import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { issueInviteToken } from '../bench/sign-in';
import { seriousAxeViolations, startE2eEnvironment, type E2eEnvironment } from './harness';
import { EvaluationEditorModel } from './page-models/evaluation-editor';
import { HomePageModel } from './page-models/home-page';

/*
 * One journey through the evaluation editor: L&D closes the demo's
 * evaluation, builds a new one (the server's refusals shown beside the
 * fields they are about), opens it, and a colleague answers it on the home.
 * The editor and the workspace's tab bar are axe clean and fit a phone and a
 * laptop, light and dark.
 */
describe.runIf(inject('chromiumAvailable'))('the evaluation editor', () => {
  let env: E2eEnvironment;

  beforeAll(async () => {
    env = await startE2eEnvironment();
  });
  afterAll(async () => env?.close());

  async function as(email: string, options: { viewport?: { width: number; height: number }; colorScheme?: 'light' | 'dark' } = {}): Promise<Page> {
    const phone = !options.viewport || options.viewport.width < 600;
    const { page } = await env.newPage({ viewport: options.viewport ?? { width: 360, height: 640 }, colorScheme: options.colorScheme ?? 'light', hasTouch: phone, isMobile: phone });
    await page.goto(`/signin/verify#token=${await issueInviteToken(env.server.database.db, env.baseUrl, email)}`);
    await new HomePageModel(page).waitForFeed();
    return page;
  }
  async function expectClean(page: Page): Promise<void> {
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  }

  it('L&D edits and opens an evaluation, and a colleague answers it on the home', async () => {
    const lotte = await as('lotte@anker.example');
    const editor = new EvaluationEditorModel(lotte);

    // The demo's evaluation was answered: its questions stay, but it can be closed.
    await lotte.goto('/admin/evaluations');
    // 16 reached in the demo, 17 once Lotte's own home showed her the card before she went on (the count is right either way).
    await lotte.getByText(/\b1[67] bereikt · 14 antwoorden$/).waitFor();
    await lotte.getByRole('link', { name: 'Bewerken: Hoe werkt de app voor jou?' }).tap();
    await editor.form().waitFor();
    await lotte.getByText(/er is al geantwoord: de vragen blijven/i).waitFor();
    expect(await editor.questionText(1, 'Nederlands').isDisabled()).toBe(true);
    await editor.status('Gesloten').check();
    await editor.save().tap();
    await lotte.getByRole('status').filter({ hasText: /^opgeslagen$/i }).waitFor();

    // A new one, from scratch.
    await lotte.goto('/admin/evaluations');
    await lotte.getByRole('link', { name: 'Nieuwe evaluatie', exact: true }).tap();
    await editor.form().waitFor();
    await expectClean(lotte);
    await editor.title('Nederlands').fill('Hoe bevalt het leren?');
    await editor.title('Engels').fill('How is learning going?');
    await editor.questionText(1, 'Nederlands').fill('Ik vind snel een training die bij me past.');
    await editor.questionText(1, 'Engels').fill('I quickly find a training that suits me.');
    await editor.addQuestion().tap();
    await editor.kind(2).selectOption('choice');
    await editor.questionText(2, 'Nederlands').fill('Wanneer leer je het liefst?');
    await editor.questionText(2, 'Engels').fill('When do you like to learn?');
    await editor.choice(2, 1, 'Nederlands').fill('Tijdens mijn dienst');
    await editor.choice(2, 1, 'Engels').fill('During my shift');
    await editor.choice(2, 2, 'Nederlands').fill('Thuis');
    // The second choice's English is left empty, and a quarter is typed as a week: the server refuses both, the form says where.
    await editor.everyDays().fill('7');
    await editor.status('Open').check();
    await editor.save().tap();
    const english = editor.choice(2, 2, 'Engels');
    await expect.poll(() => english.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => lotte.evaluate(() => document.activeElement?.id)).toBe(await english.getAttribute('id'));
    expect(await lotte.getByText('‘Keuze 2 (Engels)’ is niet goed ingevuld.').isVisible()).toBe(true);
    expect(await editor.everyDays().getAttribute('aria-invalid')).toBe('true');
    expect(await editor.saveStatus().textContent()).toMatch(/niet opgeslagen: kijk ‘keuze 2 \(engels\)’ na/i);
    await expectClean(lotte);
    expect(await env.server.database.db.selectFrom('evaluations').select('id').where('title_nl', '=', 'Hoe bevalt het leren?').execute()).toEqual([]);

    await english.fill('At home');
    await editor.everyDays().fill('60');
    await editor.save().tap();
    await lotte.waitForURL(/\/admin\/evaluations\/[0-9a-f-]{36}$/);
    await editor.saveStatus().filter({ hasText: /^opgeslagen$/i }).waitFor();
    const saved = await env.server.database.db.selectFrom('evaluations').selectAll().where('title_nl', '=', 'Hoe bevalt het leren?').executeTakeFirstOrThrow();
    expect(saved).toMatchObject({ status: 'open', trigger: JSON.stringify({ kind: 'periodic', everyDays: 60 }) });
    expect(JSON.parse(saved.questions)).toEqual([
      { id: 'q1', kind: 'likert', text: { nl: 'Ik vind snel een training die bij me past.', en: 'I quickly find a training that suits me.' }, options: [] },
      { id: 'q2', kind: 'choice', text: { nl: 'Wanneer leer je het liefst?', en: 'When do you like to learn?' }, options: [{ nl: 'Tijdens mijn dienst', en: 'During my shift' }, { nl: 'Thuis', en: 'At home' }] },
    ]);
    await lotte.context().close();

    // Daan sees it on his home and answers it; reading the card alone had recorded nothing.
    const daan = await as('daan@anker.example');
    const card = daan.getByRole('form', { name: 'Hoe bevalt het leren?' });
    await card.waitFor();
    await card.getByRole('group', { name: /snel een training/i }).getByRole('radio', { name: '5', exact: true }).check();
    await card.getByRole('group', { name: /wanneer leer je/i }).getByRole('radio', { name: 'Thuis', exact: true }).check();
    await card.getByRole('button', { name: /stuur mijn antwoorden/i }).tap();
    await daan.getByText(/dank je! dit helpt l&d/i).waitFor();
    const answers = await env.server.database.db.selectFrom('evaluation_responses').select('answers').where('evaluation_id', '=', saved.id).execute();
    expect(answers.map((a) => JSON.parse(a.answers))).toEqual([[{ questionId: 'q1', value: 5 }, { questionId: 'q2', value: 1 }]]);
    const daanId = (await env.server.database.db.selectFrom('people').select('id').where('email', '=', 'daan@anker.example').executeTakeFirstOrThrow()).id;
    const took = await env.server.database.db.selectFrom('evaluation_participations').select(['evaluation_id', 'responded_on']).where('person_id', '=', daanId).execute();
    expect(took).toEqual([{ evaluation_id: saved.id, responded_on: expect.any(String) }]);
    await daan.reload();
    await daan.getByRole('heading', { name: /verhalen van collega/i }).waitFor();
    expect(await card.count()).toBe(0);
    await daan.context().close();
  });

  it.each([
    ['phone', 'light', { width: 360, height: 640 }],
    ['phone', 'dark', { width: 360, height: 640 }],
    ['laptop', 'light', { width: 1366, height: 800 }],
    ['laptop', 'dark', { width: 1366, height: 800 }],
  ] as const)('the editor and the tab bar are axe clean and fit (%s, %s)', async (size, colorScheme, viewport) => {
    const lotte = await as('lotte@anker.example', { viewport, colorScheme });
    await lotte.goto('/admin/evaluations');
    await lotte.getByRole('link', { name: /^bewerken: /i }).first().click();
    const editor = new EvaluationEditorModel(lotte);
    await editor.form().waitFor();
    await expectClean(lotte);
    const tabs = lotte.getByRole('navigation', { name: /onderdelen/i }).getByRole('list');
    const current = lotte.getByRole('navigation', { name: /onderdelen/i }).getByRole('link', { name: 'Evaluaties' });
    expect(await current.getAttribute('aria-current')).toBe('page');
    const rows = await tabs.evaluate((list) => new Set([...list.children].map((li) => Math.round(li.getBoundingClientRect().top))).size);
    if (size === 'phone') {
      // One row under the thumb, scrolled so the current tab shows; the last tab is reached by keyboard, and focus scrolls it in.
      expect(rows).toBe(1);
      expect(await current.evaluate((a) => { const r = a.getBoundingClientRect(); return r.left >= 0 && r.right <= window.innerWidth; })).toBe(true);
      const last = lotte.getByRole('navigation', { name: /onderdelen/i }).getByRole('link', { name: 'Beloningen' });
      await last.focus();
      expect(await last.evaluate((a) => { const r = a.getBoundingClientRect(); return r.left >= 0 && r.right <= window.innerWidth; })).toBe(true);
    } else {
      expect(rows).toBeLessThanOrEqual(2);
      // The rail's colour reaches the bottom of a long page, not only the first screen.
      const rail = await lotte.evaluate(() => {
        window.scrollTo(0, document.documentElement.scrollHeight);
        const nav = document.querySelector('.bottom-nav');
        const app = document.querySelector('.app');
        return { appHeight: app?.getBoundingClientRect().height ?? 0, pageHeight: document.documentElement.scrollHeight, background: app ? getComputedStyle(app).backgroundImage : '', navWidth: nav?.getBoundingClientRect().width ?? 0 };
      });
      expect(rail.appHeight).toBeGreaterThanOrEqual(rail.pageHeight - 1);
      expect(rail.background).toContain('linear-gradient');
      expect(rail.navWidth).toBeGreaterThan(100);
    }
    await lotte.screenshot({ path: `.tmp/look/evaluation-editor-${size}-${colorScheme}.png`, fullPage: true });
    await lotte.context().close();
  });
});
