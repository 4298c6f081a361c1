import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../server/config';
import { createMemoryLogger } from '../../server/http/logger';
import { notifyPerson } from '../../server/features/push/notify';
import { pushSenderFor } from '../../server/features/push/push-service';
import { seriousAxeViolations, startE2eEnvironment, type AxeViolation, type E2eEnvironment } from './harness';
import { HomePageModel } from './page-models/home-page';
import { signInWithMagicLink } from './page-models/magic-link';
import { InboxPageModel, MomentPageModel } from './page-models/moment-page';
import { IPHONE_SAFARI } from './page-models/pwa';

type SignedIn = Awaited<ReturnType<BrowserContext['storageState']>>;

/**
 * The learning moment end to end: a demo employee chooses their weekly
 * moment, takes it into their calendar, sees it on the home, is offered
 * reminders, and reads a reminder the server could not push in the inbox.
 * Headless Chromium reaches no push service (no internet here), so turning
 * reminders on must fail gracefully; the push itself is tested in
 * push-notification.test.ts and the API tests.
 */
describe.runIf(inject('chromiumAvailable'))('the learning moment and its reminders', () => {
  let env: E2eEnvironment;
  const people = new Map<string, SignedIn>();

  beforeAll(async () => {
    env = await startE2eEnvironment();
    for (const email of ['daan@anker.example', 'aisha@anker.example']) {
      const { page, context } = await env.newPage();
      await signInWithMagicLink(page, env.smtp, email);
      people.set(email, await context.storageState());
      await context.close();
    }
  });
  afterAll(async () => env?.close());

  const openAs = (email: string, options: { userAgent?: string } = {}) => env.newPage({ storageState: people.get(email), ...options });

  async function personId(email: string): Promise<string> {
    const row = await env.server.database.db.selectFrom('people').select('id').where('email', '=', email).executeTakeFirstOrThrow();
    return row.id;
  }

  it('lets an employee replace the organisation default with their own moment, download it as .ics and see it on the home', async () => {
    const { page, context } = await openAs('daan@anker.example');
    await page.goto('/');
    const home = new HomePageModel(page);
    await home.waitForFeed();
    // The organisation's default (Tuesday 10:00) until Daan chooses.
    await expect.poll(() => home.nextMoment().textContent()).toMatch(/dinsdag .* 10:00/);
    await home.momentCard().getByRole('link', { name: 'Kies je eigen moment' }).click();

    const moment = new MomentPageModel(page);
    await moment.heading().waitFor();
    await moment.defaultNotice().waitFor();
    expect(await moment.day('dinsdag').isChecked()).toBe(true);
    await moment.day('dinsdag').uncheck();
    await moment.day('donderdag').check();
    await moment.startTime().fill('10:15');
    await moment.duration().selectOption('45');
    await moment.form('Klassikaal').check();
    await moment.topic().fill('Excel');
    await moment.saveButton().click();
    await expect.poll(() => moment.savedStatus().textContent()).toMatch(/donderdag .* 10:15/);
    await expect.poll(() => moment.defaultNotice().count()).toBe(0);

    const response = await page.request.get('/api/me/moment.ics');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/calendar/);
    const ics = await response.text();
    expect(ics).toMatch(/RRULE:FREQ=WEEKLY;[^\r\n]*BYDAY=TH/);
    expect(ics).toContain('TZID=Europe/Amsterdam');
    // The link itself downloads the same file (the session cookie goes along).
    const [download] = await Promise.all([page.waitForEvent('download'), moment.calendarLink().click()]);
    expect(download.suggestedFilename()).toBe('leermoment.ics');

    await page.goto('/');
    await home.waitForFeed();
    await expect.poll(() => home.nextMoment().textContent()).toMatch(/donderdag .* 10:15/);
    expect(await home.momentCard().getByRole('link', { name: 'Aanpassen' }).count()).toBe(1);
    await context.close();
  });

  it('explains reminders before asking, and when the browser has no push service says the inbox has them', async () => {
    const { page, context } = await openAs('aisha@anker.example');
    await context.grantPermissions(['notifications'], { origin: env.baseUrl });
    // The service worker must be there to subscribe with: the home registers it.
    await page.goto('/');
    await new HomePageModel(page).waitForFeed();
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

    const moment = new MomentPageModel(page);
    await moment.open();
    await moment.reminders().getByText(/alleen in werktijd/i).waitFor();
    await moment.enableRemindersButton().click();
    await moment.reminders().getByText(/lukte niet .* staan in je berichten/i).waitFor();
    expect(await moment.inboxLink().count()).toBe(1);
    const subscriptions = await env.server.database.db.selectFrom('push_subscriptions').select('id').where('person_id', '=', await personId('aisha@anker.example')).execute();
    expect(subscriptions).toEqual([]);
    await context.close();
  });

  it('on an iPhone in Safari offers no permission prompt, only how to install, with the inbox as fallback', async () => {
    const { page, context } = await openAs('aisha@anker.example', { userAgent: IPHONE_SAFARI });
    const moment = new MomentPageModel(page);
    await moment.open();
    await moment.reminders().getByText(/beginscherm/i).first().waitFor();
    expect(await moment.enableRemindersButton().count()).toBe(0);
    expect(await moment.inboxLink().count()).toBe(1);
    await context.close();
  });

  it('shows a reminder the server could not push in the inbox, and marks it read', async () => {
    const db = env.server.database.db;
    const person = await db.selectFrom('people').selectAll().where('email', '=', 'aisha@anker.example').executeTakeFirstOrThrow();
    const log = createMemoryLogger();
    const sender = await pushSenderFor(db, loadConfig({}), () => new Date(), log);
    const result = await notifyPerson(
      { db, sender, log },
      person,
      { kind: 'moment_reminder', title: 'Tijd voor je leermoment', body: 'Drie minuten over veilig tillen.', url: '/?source=push', tag: 'learning-moment', ttlSeconds: 3600, urgency: 'normal' },
      new Date(),
    );
    sender.close();
    expect(result.outcome).toBe('inbox');

    const { page, context } = await openAs('aisha@anker.example');
    await page.goto('/');
    const home = new HomePageModel(page);
    await home.waitForFeed();
    await home.momentCard().getByRole('link', { name: '1 nieuw in je berichten' }).click();
    const inbox = new InboxPageModel(page);
    const reminder = inbox.item('Tijd voor je leermoment');
    await reminder.waitFor();
    expect(await inbox.newTag(reminder).count()).toBe(1);
    await inbox.markAllReadButton().click();
    await expect.poll(() => inbox.newTag(reminder).count()).toBe(0);
    expect(await db.selectFrom('notifications').select('read_at').where('id', '=', result.notificationId).executeTakeFirstOrThrow()).not.toEqual({ read_at: null });
    await context.close();
  });

  it('records an open from a notification through the outbox, and takes ?source=push out of the address', async () => {
    const db = env.server.database.db;
    const item = await db.selectFrom('learning_item_texts').select('item_id').where('title', '=', 'Tillen zonder rugpijn').executeTakeFirstOrThrow();
    const { page, context } = await openAs('daan@anker.example');
    await page.goto(`/training/${item.item_id}?source=push`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    const person = await personId('daan@anker.example');
    const opened = () =>
      db.selectFrom('learning_events').select(['item_id', 'points']).where('person_id', '=', person).where('kind', '=', 'notification_opened').execute();
    await expect.poll(opened).toEqual([{ item_id: item.item_id, points: 0 }]);
    // A reload is not a second open.
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await opened()).toHaveLength(1);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('shows no serious or critical axe violation on the new screens, in %s', async (colorScheme) => {
    const { page, context } = await openAs('aisha@anker.example');
    await page.emulateMedia({ colorScheme });
    const found: Record<string, AxeViolation[]> = {};
    await page.goto('/');
    const home = new HomePageModel(page);
    await home.waitForFeed();
    await home.momentCard().waitFor();
    found.homeWithMomentCard = await seriousAxeViolations(page);
    const moment = new MomentPageModel(page);
    await moment.open();
    await moment.enableRemindersButton().waitFor();
    found.moment = await seriousAxeViolations(page);
    await moment.day('zondag').check();
    await moment.day('dinsdag').uncheck();
    await moment.day('zondag').uncheck();
    await moment.saveButton().click();
    await page.getByRole('alert').filter({ hasText: /minstens één dag/ }).waitFor();
    found.momentError = await seriousAxeViolations(page);
    const inbox = new InboxPageModel(page);
    await inbox.open();
    await inbox.items().first().waitFor();
    found.inbox = await seriousAxeViolations(page);
    await page.goto('/settings');
    await page.getByRole('link', { name: 'Leermoment' }).waitFor();
    found.settings = await seriousAxeViolations(page);
    expect(found).toEqual({ homeWithMomentCard: [], moment: [], momentError: [], inbox: [], settings: [] });
    await context.close();
  });
});
