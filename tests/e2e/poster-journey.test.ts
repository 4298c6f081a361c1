import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { decodeQr } from '../helpers/qr';
import { tokenFromMail } from '../helpers/smtp-server';
import { startE2eEnvironment, type E2eEnvironment } from './harness';
import { formatFigures, JourneyCounter } from './page-models/journey-counter';
import { HomePageModel } from './page-models/home-page';
import { KickoffPageModel } from './page-models/kickoff-page';
import { TrainingPageModel } from './page-models/training-page';

/**
 * The way most employees meet Leerlust: the QR code on the canteen poster,
 * scanned with a phone (Chromium at 360×640 with touch), to the first
 * finished micro-training. The poster is the printed file as the workspace
 * serves it, its QR code read from the pixels.
 */
describe.runIf(inject('chromiumAvailable'))('from the canteen poster to a first finished training', () => {
  let env: E2eEnvironment;
  let posterUrl: string;

  beforeAll(async () => {
    env = await startE2eEnvironment();
    posterUrl = await printedPosterUrl(env, 'Kantine, gebouw A');
  });
  afterAll(async () => env?.close());

  it('walks the path with a known address, counting taps, scrolls, seconds and words', async () => {
    const { page, context } = await env.newPage({ hasTouch: true, isMobile: true });
    const walk = new JourneyCounter(page);
    await page.goto(posterUrl);
    const kickoff = new KickoffPageModel(page);
    await kickoff.headline().waitFor();
    await walk.tap(kickoff.joinLink());
    await walk.fill(page.getByLabel(/e-mail/i), 'tomasz@anker.example');
    await walk.tap(page.getByRole('button', { name: /stuur mij een link|send me a link/i }));
    const mail = await env.smtp.waitForMail('tomasz@anker.example');
    walk.readMail(mail.text ?? '');
    await walk.openLink(linkInMail(mail.text));
    await walk.tap(page.getByRole('link', { name: /^(naar leerlust|go to leerlust)$/i }));
    await walk.tap(new HomePageModel(page).feed().getByRole('link').first());
    const training = new TrainingPageModel(page);
    await training.position().waitFor();
    const firstCard = walk.mark('first card');
    await finishTraining(page, walk, training);
    console.log(`poster journey (today): first card after ${formatFigures(firstCard)}; done after ${formatFigures(walk.now())}`);
    await context.close();
  });
});

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
