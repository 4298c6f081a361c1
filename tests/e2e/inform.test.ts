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
import { openMagicLink, signInWithMagicLink } from './page-models/magic-link';
import { AdminPageModel } from './page-models/admin-page';
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
  const people = new Map<Motivation | 'skipper', { id: string; email: string; name: string }>();

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
      { title: { nl: 'Ontruimingsoefening', en: 'Evacuation drill' }, purpose: 'change', mandatory: true, dueDate: due, itemIds: [itemId], target: { departmentIds: [], teamIds: [team.id], roles: [], languages: [], groupIds: [] } },
      now,
    );
    pathId = path.id;
    for (const motivation of [...MOTIVATIONS, 'skipper'] as const) {
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
    // Joining lands on the intake at once, welcomed as a newcomer.
    await openMagicLink(page, env.smtp, people.get(motivation)?.email ?? '');
    const inform = new InformPagesModel(page);
    await inform.intakeHeading().waitFor();
    await page.getByText(/^welkom! voor je eerste training/i).waitFor();
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
    // Agreed with the manager afterwards: the person's own note on their goal.
    // The box shows what the server holds: it turns checked once the change is saved, not at the tap.
    await inform.agreedWithManager('Zelf rapporteren in het EPD').click();
    await expect.poll(() => inform.agreedWithManager('Zelf rapporteren in het EPD').isChecked()).toBe(true);
    const ownGoal = () => env.server.database.db.selectFrom('goals').select(['agreed_with_manager', 'parent_id']).where('person_id', '=', person.id).execute();
    await expect.poll(async () => (await ownGoal())[0]?.agreed_with_manager).toBe(1);
    // And changed in place.
    await page.getByRole('button', { name: /^wijzigen\W+zelf rapporteren in het epd$/i }).click();
    const editing = page.getByRole('form', { name: /^doel zelf rapporteren in het epd wijzigen$/i });
    await editing.getByLabel(/^mijn doel$/i).fill('Zelf rapporteren in het nieuwe EPD');
    await editing.getByLabel(/^competenties waar het om gaat/i).fill('Digitale vaardigheden');
    await editing.getByRole('button', { name: /^bewaren$/i }).click();
    await inform.myGoal('Zelf rapporteren in het nieuwe EPD').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
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
    // Finishing the path earned its points once, beside the training's own.
    const awards = await db.selectFrom('learning_events').select(['points', 'award_key']).where('person_id', '=', person.id).where('kind', '=', 'path_completed').execute();
    expect(awards).toEqual([{ points: 20, award_key: `path:${pathId}` }]);
  });

  it('lets a newcomer skip the intake at joining and answer it later from the home', async () => {
    const { context, page } = await env.newPage();
    contexts.push(context);
    await openMagicLink(page, env.smtp, people.get('skipper')?.email ?? '');
    const inform = new InformPagesModel(page);
    await inform.intakeHeading().waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await inform.skipIntake().click();
    const later = inform.forYou().getByRole('link', { name: /^nu invullen$/i });
    await later.waitFor();
    await later.click();
    await inform.answerIntake([/inzetbaar blijven/i], MOTIVATION_LABEL.broad_development);
    await inform.forYou().waitFor();
    const { db } = env.server.database;
    const intake = await db.selectFrom('intakes').selectAll().where('person_id', '=', people.get('skipper')?.id ?? '').executeTakeFirstOrThrow();
    expect(JSON.parse(intake.answer ?? '{}')).toMatchObject({ needs: ['employability'], motivation: 'broad_development' });
    expect(await inform.forYou().getByRole('link', { name: /^nu invullen$/i }).count()).toBe(0);
  });

  it("shows the manager that person's mandatory path, and only a count for a path that is not mandatory", async () => {
    const person = people.get('forced_change');
    const { context, page } = await env.newPage();
    contexts.push(context);
    await signInWithMagicLink(page, env.smtp, 'mark@anker.example');
    const inform = new InformPagesModel(page);
    // The manager's way there is on their home.
    await inform.forYou().getByRole('link', { name: /^leerpaden van mijn team$/i }).click();
    await inform.teamPath('Ontruimingsoefening').getByText(`${person?.name}: 1 van 1 · Afgerond`).waitFor();
    const welcome = inform.teamPath('Welkom in de zorg');
    await welcome.getByText(/^0 klaar$/).waitFor();
    expect(await welcome.getByText(person?.name ?? '').count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The manager gives the team a path of their own: never mandatory, so a count, never names.
    const form = page.getByRole('form', { name: /geef je team een leerpad/i });
    await form.getByLabel(/^naam van het pad$/i).fill('Onze tilweek');
    await form.getByLabel(/^training om toe te voegen$/i).selectOption({ label: 'Tillen zonder rugpijn' });
    await form.getByRole('button', { name: /^toevoegen$/i }).click();
    await form.getByLabel(/^training om toe te voegen$/i).selectOption({ label: DRILL });
    await form.getByRole('button', { name: /^toevoegen$/i }).click();
    await form.getByRole('button', { name: new RegExp(`^omhoog: 2 van 2: ${DRILL}$`, 'i') }).click();
    await form.getByRole('button', { name: /^pad aan mijn team geven$/i }).click();
    await form.getByRole('status').filter({ hasText: /je team ziet het pad nu/i }).waitFor();
    const own = inform.teamPath('Onze tilweek');
    await own.getByText(/je eigen pad voor het team/i).waitFor();
    expect(await own.getByText(person?.name ?? '').count()).toBe(0);
    const { db } = env.server.database;
    const made = await db.selectFrom('learning_paths').selectAll().where('title_nl', '=', 'Onze tilweek').executeTakeFirstOrThrow();
    expect(made.mandatory).toBe(0);
    const order = await db.selectFrom('learning_path_items').innerJoin('learning_item_texts', 'learning_item_texts.item_id', 'learning_path_items.item_id').select('learning_item_texts.title').where('path_id', '=', made.id).where('learning_item_texts.language', '=', 'nl').orderBy('position').execute();
    expect(order.map((o) => o.title)).toEqual([DRILL, 'Tillen zonder rugpijn']);
    // The team's people get it at once, in that order.
    const forced = (contexts[MOTIVATIONS.indexOf('forced_change')]?.pages() ?? [])[0];
    const offer = forced ? await offerIn(forced) : null;
    expect(offer?.paths.find((p) => p.title === 'Onze tilweek')?.items.map((i) => i.title)).toEqual([DRILL, 'Tillen zonder rugpijn']);
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
    // The five newcomers of the care team answered the intake: their team shows, in each breakdown, from 5 answers.
    const intake = page.getByRole('region', { name: /wat mensen in de intake vertelden/i });
    await intake.getByLabel(/^indelen naar$/i).selectOption('team');
    await intake.getByRole('heading', { name: `${CARE_TEAM}: 5 antwoorden` }).waitFor();
    await intake.getByLabel(/^indelen naar$/i).selectOption('role');
    await intake.getByRole('heading', { name: 'Medewerker: 5 antwoorden' }).waitFor();
    expect(await intake.getByRole('heading', { name: /^leidinggevende:/i }).count()).toBe(0);
    await page.getByRole('navigation', { name: /onderdelen|sections/i }).getByRole('link', { name: 'Leerpaden' }).click();
    await page.getByRole('heading', { level: 3, name: /ontruimingsoefening/i }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('lets L&D edit a goal, refuse a department goal that serves nothing, and reorder a path, asking before unsaved changes are lost', async () => {
    const { context, page } = await env.newPage({ viewport: { width: 1280, height: 800 } });
    contexts.push(context);
    const { db } = env.server.database;
    await createPerson(db, { email: 'ld.tweede@anker.example', name: 'Tweede Beheerder', role: 'admin', language: 'nl', timeZone: 'Europe/Amsterdam' }, new Date());
    await signInWithMagicLink(page, env.smtp, 'ld.tweede@anker.example');
    await page.goto('/admin/strategy');
    const admin = new AdminPageModel(page);
    const goals = page.getByRole('region', { name: /^doelen$/i });

    // A new department goal without the goal it serves is refused, in words; with one it is saved at its own address.
    await goals.getByRole('link', { name: /^nieuw doel$/i }).click();
    await page.getByLabel(/^niveau$/i).selectOption('department');
    await page.getByLabel(/^afdeling$/i).selectOption({ label: 'Facilitair' });
    await page.getByLabel(/^doel \(nederlands\)$/i).fill('Minder voedselverspilling');
    await page.getByLabel(/^doel \(engels\)$/i).fill('Less food waste');
    await page.getByRole('checkbox', { name: /hygiëne/i }).first().check();
    await admin.saveButton().click();
    await page.getByRole('status').filter({ hasText: /kies aan welk organisatiedoel/i }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByLabel(/^draagt bij aan/i).selectOption({ label: 'Competenties ontwikkelen' });
    await admin.saveButton().click();
    await page.waitForURL(/\/admin\/strategy\/goals\/[0-9a-f-]{36}$/);
    await page.getByRole('status').filter({ hasText: /^opgeslagen$/i }).waitFor();
    const saved = await db.selectFrom('goals').selectAll().where('title_nl', '=', 'Minder voedselverspilling').executeTakeFirstOrThrow();
    expect(saved).toMatchObject({ level: 'department', title_en: 'Less food waste' });
    expect(JSON.parse(saved.item_ids)).toHaveLength(1);

    // An existing goal changes in place.
    await page.getByRole('link', { name: /terug naar de strategie/i }).click();
    await goals.getByRole('link', { name: 'Leerresultaten zichtbaar maken' }).click();
    await page.getByLabel(/^doel \(nederlands\)$/i).fill('Leerresultaten zichtbaar maken voor iedereen');
    // Leaving with unsaved changes asks first; staying keeps them.
    const asked = new Promise<string>((resolve) => page.once('dialog', (dialog) => void dialog.dismiss().then(() => resolve(dialog.message()))));
    await page.getByRole('link', { name: /terug naar de strategie/i }).click();
    expect(await asked).toMatch(/niet zijn opgeslagen/i);
    await admin.saveButton().click();
    await page.getByRole('status').filter({ hasText: /^opgeslagen$/i }).waitFor();
    await expect.poll(async () => (await db.selectFrom('goals').select('title_nl').where('title_en', '=', 'Make learning results visible').executeTakeFirst())?.title_nl).toBe('Leerresultaten zichtbaar maken voor iedereen');

    // A path's trainings are reordered with the move buttons, its due date set; the server keeps that order.
    await admin.tab(/^leerpaden$/i).click();
    await page.getByRole('link', { name: 'Welkom in de zorg' }).click();
    await page.getByRole('heading', { level: 2, name: /leerpad bewerken/i }).waitFor();
    await page.getByRole('button', { name: /^omhoog: 2 van 2:/i }).click();
    const due = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel(/^einddatum$/i).fill(due);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await admin.saveButton().click();
    await page.getByRole('status').filter({ hasText: /^opgeslagen$/i }).waitFor();
    const path = await db.selectFrom('learning_paths').selectAll().where('title_nl', '=', 'Welkom in de zorg').executeTakeFirstOrThrow();
    expect(path.due_date).toBe(due);
    const items = await db.selectFrom('learning_path_items').innerJoin('learning_item_texts', 'learning_item_texts.item_id', 'learning_path_items.item_id').select('learning_item_texts.title').where('path_id', '=', path.id).where('learning_item_texts.language', '=', 'nl').orderBy('position').execute();
    expect(items.map((i) => i.title)[1]).toBe('Tillen zonder rugpijn');
    // A due date in the past is refused and changes nothing.
    await page.getByLabel(/^einddatum$/i).fill('2020-01-01');
    await admin.saveButton().click();
    await page.getByRole('status').filter({ hasText: /einddatum moet vandaag of later/i }).waitFor();
    expect((await db.selectFrom('learning_paths').select('due_date').where('id', '=', path.id).executeTakeFirstOrThrow()).due_date).toBe(due);
  });
});
