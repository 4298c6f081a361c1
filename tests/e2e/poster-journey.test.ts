import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { Locator, Page } from 'playwright-core';
import type { Database } from '../../server/db/database';
import { decodeQr } from '../helpers/qr';
import { tokenFromMail } from '../helpers/smtp-server';
import { seriousAxeViolations, startE2eEnvironment, type E2eEnvironment } from './harness';
import { formatFigures, JourneyCounter } from './page-models/journey-counter';
import { HomePageModel } from './page-models/home-page';
import { KickoffPageModel } from './page-models/kickoff-page';
import { LocalStoreModel } from './page-models/local-store';
import { TrainingPageModel } from './page-models/training-page';

/*
 * The way most employees meet Leerlust: the QR code on the canteen poster,
 * scanned with a phone (Chromium at 360×640 with touch), to the first
 * finished micro-training, and joining after it. The poster is the printed
 * file as the workspace serves it, its QR code read from the pixels.
 *
 * Before trying first existed, this path (join, mail, home, teaser, cards)
 * took 5 taps, 1 field, 3 scrolls and 355 words before the first card, and
 * 10 taps, 4 scrolls and 2.2 s to the done screen.
 */
describe.runIf(inject('chromiumAvailable'))('from the canteen poster to a first finished training', () => {
  let env: E2eEnvironment;
  let db: Kysely<Database>;
  let posterUrl: string;

  beforeAll(async () => {
    env = await startE2eEnvironment();
    db = env.server.database.db;
    posterUrl = await printedPosterUrl(env, 'Kantine, gebouw A');
  });
  afterAll(async () => env?.close());

  it.each([
    ['nl-NL', 'nieuwe.collega@anker.example'],
    ['en-GB', 'new.colleague@anker.example'],
  ])('tries, finishes and joins in %s: one tap to the first card, no scroll for any action, the result credited once', async (locale, address) => {
    const { page, context } = await env.newPage({ hasTouch: true, isMobile: true, locale });
    const walk = new JourneyCounter(page);
    await page.goto(posterUrl);
    const kickoff = new KickoffPageModel(page);
    await kickoff.headline().waitFor();
    for (const onFirstScreen of [kickoff.headline(), kickoff.tryLink(), kickoff.joinLink()]) expect(await isOnScreen(onFirstScreen)).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await walk.tap(kickoff.tryLink());
    const training = new TrainingPageModel(page);
    await training.position().waitFor();
    const firstCard = walk.mark('first card');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await finishTraining(page, walk, training);
    const done = walk.mark('done');
    // Tried, not joined: the result is on the phone only, nothing reached the server.
    const itemId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    expect(await completionsOf(db, itemId, address)).toEqual([]);
    expect(await db.selectFrom('people').select('id').where('email', '=', address).execute()).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await walk.fill(page.getByLabel(/e-mail/i), address);
    await walk.tap(page.getByRole('button', { name: /^(stuur mij de link|send me the link)$/i }));
    await page.getByText(/binnen twee minuten geen mail|no mail within two minutes/i).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    const mail = await env.smtp.waitForMail(address);
    walk.readMail(mail.text ?? '');
    await walk.openLink(linkInMail(mail.text));
    await training.doneHeading().waitFor();
    await page.getByRole('status').filter({ hasText: /je resultaat staat nu in je account|your result is saved in your account/i }).waitFor();
    const joined = walk.now();
    expect(new URL(page.url()).pathname).toBe(`/training/${itemId}`);
    expect(await seriousAxeViolations(page)).toEqual([]);

    console.log(
      `poster journey (${locale}): first card after ${formatFigures(firstCard)}; done after ${formatFigures(done)}; ` +
        `joined after ${formatFigures(joined)}`,
    );
    expect(firstCard.taps).toBeLessThanOrEqual(1);
    expect(joined.scrolls).toBe(0);
    expect(joined.fields - done.fields).toBe(1);
    // At most two taps and the mail link.
    expect(joined.taps - done.taps).toBeLessThanOrEqual(3);

    // The server holds that training's completion once, with its points, the streak week and the poster as first touch.
    const person = await db.selectFrom('people').selectAll().where('email', '=', address).executeTakeFirstOrThrow();
    expect(person).toMatchObject({ role: 'employee', language: locale.slice(0, 2) });
    expect(await completionsOf(db, itemId, address)).toEqual([{ person_id: person.id }]);
    const events = await db.selectFrom('learning_events').select(['kind', 'points']).where('person_id', '=', person.id).execute();
    expect(events.filter((e) => e.kind === 'training_completed')).toHaveLength(1);
    expect(events.reduce((sum, e) => sum + e.points, 0)).toBeGreaterThan(0);
    expect(await page.getByTestId('streak').textContent()).toBe('1');
    // One training with its question is one thing done, in the singular.
    await page.getByText(/^(deze week telt mee: 1 gedaan\. mooi!|this week counts: 1 done\. nice!)$/i).waitFor();
    expect(await page.getByText(/^(week op rij|week in a row)$/i).count()).toBeGreaterThan(0);
    const touch = await db
      .selectFrom('first_touches')
      .innerJoin('attribution_sources', 'attribution_sources.id', 'first_touches.source_id')
      .select('attribution_sources.code')
      .where('first_touches.person_id', '=', person.id)
      .execute();
    expect(touch).toEqual([{ code: posterUrl.split('/k/')[1] }]);
    await context.close();
  });

  it('lands signed in on the home when the link opens in another browser; the tried result waits on the first phone until it signs in there', async () => {
    const address = 'andere.browser@anker.example';
    const { page: phone, context: phoneContext } = await env.newPage({ hasTouch: true, isMobile: true });
    await phone.goto(posterUrl);
    await new KickoffPageModel(phone).tryLink().tap();
    const training = new TrainingPageModel(phone);
    await training.position().waitFor();
    await finishTraining(phone, new JourneyCounter(phone), training);
    const itemId = new URL(phone.url()).pathname.split('/').at(-1) ?? '';
    await phone.getByLabel(/e-mail/i).fill(address);
    await phone.getByRole('button', { name: /^stuur mij de link$/i }).tap();
    const firstMail = await env.smtp.waitForMail(address);

    const { page: other, context: otherContext } = await env.newPage();
    await other.goto(linkInMail(firstMail.text));
    await new HomePageModel(other).waitForFeed();
    expect(new URL(other.url()).pathname).toBe('/');
    expect(await completionsOf(db, itemId, address)).toEqual([]);
    await otherContext.close();

    // Back on the phone: still tried, not yet owned; signing in here claims it.
    expect(new Set((await new LocalStoreModel(phone).outbox()).map((e) => e.owner))).toEqual(new Set(['not-yet-owned']));
    const mailsBefore = env.smtp.messages.length;
    await phone.goto('/signin');
    await phone.getByLabel(/e-mail/i).fill(address);
    await phone.getByRole('button', { name: /^stuur mij een link$/i }).tap();
    await expect.poll(() => env.smtp.messages.length).toBeGreaterThan(mailsBefore);
    await phone.goto(linkInMail(env.smtp.messages.at(-1)?.text));
    await training.doneHeading().waitFor();
    expect(new URL(phone.url()).pathname).toBe(`/training/${itemId}`);
    const person = await db.selectFrom('people').select('id').where('email', '=', address).executeTakeFirstOrThrow();
    expect(await completionsOf(db, itemId, address)).toEqual([{ person_id: person.id }]);
    await expect.poll(() => new LocalStoreModel(phone).outbox()).toEqual([]);
    await phoneContext.close();
  });
});

/** Completions of the training by whoever has `address` (nobody, before they join). */
const completionsOf = (db: Kysely<Database>, itemId: string, address: string) =>
  db
    .selectFrom('item_completions')
    .innerJoin('people', 'people.id', 'item_completions.person_id')
    .select('person_id')
    .where('item_id', '=', itemId)
    .where('people.email', '=', address)
    .execute();

function isOnScreen(target: Locator): Promise<boolean> {
  return target.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  });
}

function linkInMail(text: string | undefined): string {
  const link = /https?:\/\/\S+/.exec(text ?? '')?.[0];
  if (!link) throw new Error('No link in the mail');
  return link;
}

/** Taps through the cards: Next, or an answer and then Next/Finish, until the done screen. */
async function finishTraining(page: Page, walk: JourneyCounter, training: TrainingPageModel): Promise<void> {
  for (;;) {
    if (await training.doneHeading().isVisible()) return;
    const options = page.getByRole('group').getByRole('button');
    if ((await options.count()) > 0 && !(await training.feedback().isVisible())) await walk.tap(options.first());
    const finish = training.finishButton();
    if (await finish.isVisible()) {
      await walk.tap(finish);
      await training.doneHeading().waitFor();
      return;
    }
    const position = await training.position().textContent();
    await walk.tap(training.nextButton());
    await page.waitForFunction((before) => !document.body.innerText.includes(before ?? ''), position);
  }
}

/** The URL in the QR code of a placement's printed poster (A4 SVG as served to an admin, rendered by Chromium). */
async function printedPosterUrl(env: E2eEnvironment, placement: string): Promise<string> {
  const poster = await env.server.database.db.selectFrom('posters').select('id').where('placement', '=', placement).executeTakeFirstOrThrow();
  const { context, page } = await env.newPage({ viewport: { width: 800, height: 1131 } });
  await context.request.post('/api/auth/magic-link', { data: { email: 'lotte@anker.example' } });
  await context.request.post('/api/auth/session', { data: { token: tokenFromMail(await env.smtp.waitForMail('lotte@anker.example')) } });
  const svg = await (await context.request.get(`/api/admin/posters/${poster.id}/print?format=svg&size=a4`)).text();
  await page.setContent(`<body style="margin:0">${svg.replace(/^<\?xml[^>]*>/, '')}</body>`);
  const url = await decodeQr(await page.screenshot({ fullPage: true }));
  await context.close();
  expect(url).toMatch(new RegExp(`^${env.baseUrl}/k/[A-Z0-9]{8}$`));
  return url ?? '';
}
