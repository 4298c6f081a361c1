import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { createPerson } from '../../server/features/people/people.service';
import { savePathOf } from '../../server/features/paths/paths.service';
import { reorderOffer } from '../../shared/domain/recommendations';
import { MOTIVATIONS, type Motivation } from '../../shared/schemas/intake';
import type { MyOffer } from '../../shared/schemas/offer';
import { testMicroContent } from '../helpers/learning';
import { seriousAxeViolations, startE2eEnvironment, type E2eEnvironment } from './harness';
import { InformPagesModel } from './page-models/inform-pages';
import { signInWithMagicLink } from './page-models/magic-link';
import { ServiceWorkerModel } from './page-models/pwa';
import { TrainingPageModel } from './page-models/training-page';

const CARE_TEAM = 'Afdeling Zonnebloem';
const DRILL = 'Ontruimen in drie stappen';
const MOTIVATION_LABEL: Record<Motivation, RegExp> = {
  new_competencies: /beter worden in mijn werk/i,
  broad_development: /breed door/i,
  new_environment: /ben hier nieuw/i,
  forced_change: /er verandert iets/i,
};

/**
 * The "done means", end to end: four new care workers answer the
 * intake with each motivation and get four different first recommendations,
 * each the order of the shared rule; one adds a goal, searches offline and
 * finishes a mandatory path offline, which the server then counts once; the
 * manager sees that person on the mandatory path and only a count otherwise.
 */
describe.runIf(inject('chromiumAvailable'))('inform: strategy, intake and an offer per motivation', () => {
  let env: E2eEnvironment;
  let pathId: string;
  const contexts: BrowserContext[] = [];
  const people = new Map<Motivation, { id: string; email: string; name: string }>();

  beforeAll(async () => {
    env = await startE2eEnvironment();
    const { db } = env.server.database;
    const now = new Date();
    const team = await db.selectFrom('teams').selectAll().where('name', '=', CARE_TEAM).executeTakeFirstOrThrow();
    const admin = await db.selectFrom('people').selectAll().where('email', '=', 'lotte@anker.example').executeTakeFirstOrThrow();
    // A new micro-training, the only one of a mandatory path due in 60 days (after BHV's 45).
    const itemId = randomUUID();
    const at = now.toISOString();
    await db
      .insertInto('learning_items')
      .values({ id: itemId, kind: 'micro', duration_minutes: 3, competencies: '["BHV"]', target_roles: '[]', target_department_ids: '[]', macro_url: null, macro_parts: null, published_at: at, created_at: at, updated_at: at })
      .execute();
    await db.insertInto('learning_item_texts').values({ item_id: itemId, language: 'nl', title: DRILL, summary: 'Wat doe je als het alarm gaat?', micro_content: JSON.stringify(testMicroContent('nl')) }).execute();
    const due = new Date(now.getTime() + 60 * 86_400_000).toISOString().slice(0, 10);
    const path = await savePathOf(
      db,
      admin,
      null,
      { title: { nl: 'Ontruimingsoefening', en: 'Evacuation drill' }, purpose: 'change', mandatory: true, dueDate: due, itemIds: [itemId], target: { departmentIds: [], teamIds: [team.id], roles: [], languages: [] } },
      now,
    );
    pathId = path.id;
    for (const motivation of MOTIVATIONS) {
      const email = `nieuw.${motivation}@anker.example`;
      const name = `Nieuwe ${motivation}`;
      const person = await createPerson(db, { email, name, role: 'employee', language: 'nl', timeZone: 'Europe/Amsterdam', teamId: team.id }, now);
      people.set(motivation, { id: person.id, email, name });
    }
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await env?.close();
  });

  async function joinAndAnswer(motivation: Motivation): Promise<{ page: Page; context: BrowserContext; inform: InformPagesModel }> {
    const { context, page } = await env.newPage();
    contexts.push(context);
    await signInWithMagicLink(page, env.smtp, people.get(motivation)?.email ?? '');
    const inform = new InformPagesModel(page);
    await inform.answerIntake([/effectiever en efficiënter/i, /loopbaan/i], MOTIVATION_LABEL[motivation]);
    await inform.forYou().waitFor();
    return { page, context, inform };
  }

  const offerIn = (page: Page) => page.evaluate(() => fetch('/api/me/offer').then((r) => r.json() as Promise<MyOffer>));

  it('gives four motivations four different first recommendations, each as the shared rule orders them', async () => {
    const firsts = new Set<string>();
    for (const motivation of MOTIVATIONS) {
      const { page, inform } = await joinAndAnswer(motivation);
      const offer = await offerIn(page);
      expect(offer.motivation).toBe(motivation);
      const expected = reorderOffer(offer, new Set(offer.items.filter((i) => i.done).map((i) => i.id)), new Date().toISOString());
      const titleOf = (id: string) => offer.items.find((i) => i.id === id)?.texts.find((t) => t.language === 'nl')?.title ?? '';
      const shown = await inform.recommendedTitles();
      expect(shown).toEqual(expected.slice(0, shown.length).map(titleOf));
      firsts.add(shown[0] ?? '');
      if (motivation === 'forced_change') {
        expect(shown[0]).toBe('BHV-herhaling');
        expect(await seriousAxeViolations(page)).toEqual([]);
      }
    }
    expect(firsts.size).toBe(4);
  });

  it('lets a person add a goal, search offline and finish a mandatory path offline, counted once online', async () => {
    const person = people.get('forced_change');
    const page = (contexts[MOTIVATIONS.indexOf('forced_change')]?.pages() ?? [])[0];
    if (!person || !page) throw new Error('the forced-change run comes first');
    const inform = new InformPagesModel(page);

    await inform.forYou().getByRole('link', { name: /^waarom we leren$/i }).click();
    await page.getByRole('heading', { level: 1, name: /^waarom we leren$/i }).waitFor();
    await page.getByRole('heading', { name: 'Iedereen werkt zelfstandig in het nieuwe EPD' }).waitFor();
    await inform.addGoal('Zelf rapporteren in het EPD');
    await inform.myGoal('Zelf rapporteren in het EPD').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.goBack();
    await inform.path('Ontruimingsoefening').waitFor();

    const sw = new ServiceWorkerModel(page);
    await sw.ready();
    await sw.waitUntilControlled();
    // The path's training is on the phone before the connection goes.
    await page.waitForFunction(
      (title) =>
        new Promise<boolean>((resolve) => {
          const open = indexedDB.open('leerlust');
          open.onsuccess = () => {
            const all = open.result.transaction('items').objectStore('items').getAll();
            all.onsuccess = () => resolve(all.result.some((row: { item: { title?: string } }) => row.item.title === title));
          };
        }),
      DRILL,
    );
    const context = contexts[MOTIVATIONS.indexOf('forced_change')];
    await context?.setOffline(true);

    await inform.forYou().getByRole('link', { name: /zoek in alle trainingen/i }).click();
    await inform.search().fill('ergonomie');
    await inform.results().filter({ hasText: 'Tillen zonder rugpijn' }).waitFor();
    await inform.search().fill('ontruim');
    await inform.results().filter({ hasText: DRILL }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.goBack();

    await inform.path('Ontruimingsoefening').getByRole('link', { name: DRILL }).click();
    const training = new TrainingPageModel(page);
    await training.card('Card 1 (nl)').waitFor();
    await training.nextButton().click();
    await training.answer('Right (nl)').click();
    await training.nextButton().click();
    await training.answer('Right (nl)').click();
    await training.finishButton().click();
    await training.doneHeading().waitFor();
    await training.homeLink().click();
    await inform.path('Ontruimingsoefening').getByText(/afgerond/i).waitFor();

    await context?.setOffline(false);
    const { db } = env.server.database;
    const completions = () => db.selectFrom('path_completions').selectAll().where('person_id', '=', person.id).where('path_id', '=', pathId).execute();
    await expect.poll(async () => (await completions()).length, { timeout: 15_000 }).toBe(1);
    await page.reload();
    await inform.forYou().waitFor();
    expect(await completions()).toHaveLength(1);
  });

  it("shows the manager that person's mandatory path, and only a count for a path that is not mandatory", async () => {
    const person = people.get('forced_change');
    const { context, page } = await env.newPage();
    contexts.push(context);
    await signInWithMagicLink(page, env.smtp, 'mark@anker.example');
    await page.goto('/team/paths');
    const inform = new InformPagesModel(page);
    await inform.teamPath('Ontruimingsoefening').getByText(`${person?.name}: 1 van 1 · Afgerond`).waitFor();
    const welcome = inform.teamPath('Welkom in de zorg');
    await welcome.getByText(/^0 klaar$/).waitFor();
    expect(await welcome.getByText(person?.name ?? '').count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('gives L&D a Strategie tab with the empty WIIFM cells and a Leerpaden tab, both axe-clean', async () => {
    const { context, page } = await env.newPage({ viewport: { width: 1280, height: 800 } });
    contexts.push(context);
    await signInWithMagicLink(page, env.smtp, 'lotte@anker.example');
    await page.goto('/admin/strategy');
    const matrix = page.getByRole('table');
    await matrix.getByRole('button', { name: /^geschreven\W+team: keuken, effectiever/i }).waitFor();
    expect(await matrix.getByRole('button', { name: /^leeg\W/i }).count()).toBeGreaterThan(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('navigation', { name: /onderdelen|sections/i }).getByRole('link', { name: 'Leerpaden' }).click();
    await page.getByRole('heading', { level: 3, name: /ontruimingsoefening/i }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
