/**
 * Takes screenshots of every screen at phone (360×640) and laptop (1366×800) size, in
 * light and dark, into .tmp/screenshots/, so people can look at what they build.
 * Run: npm run screenshots (after npm run build); `npm run screenshots -- journey`
 * takes only the poster-to-first-training screens, `-- retain` only stories, ideas,
 * evaluations and the team page, `-- inform` only the strategy, intake and
 * learning-path screens.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { tokenFromMail } from '../helpers/smtp-server';
import { copyBuiltClient } from '../e2e/client-copy';
import { finishFirstTraining } from '../e2e/first-training';
import { startE2eEnvironment } from '../e2e/harness';
import { HomePageModel } from '../e2e/page-models/home-page';
import { InstallOfferModel, IPHONE_SAFARI, ServiceWorkerModel, UpdateBannerModel } from '../e2e/page-models/pwa';
import { loadConfig } from '../../server/config';
import { notifyPerson } from '../../server/features/push/notify';
import { pushSenderFor } from '../../server/features/push/push-service';
import { createMemoryLogger } from '../../server/http/logger';
import { reminderNotice } from '../../server/jobs/reminder-content';
import { issueInviteToken } from '../bench/sign-in';

const OUT = '.tmp/screenshots';
const sizes = { phone: { width: 360, height: 640 }, laptop: { width: 1366, height: 800 } } as const;

// A copy of the build, so the "new version" banner can be shown by publishing a new sw.js.
const client = copyBuiltClient();
const env = await startE2eEnvironment({ clientDir: client.dir });
mkdirSync(OUT, { recursive: true });
const onlyJourney = process.argv[2] === 'journey';
const onlyRetain = process.argv[2] === 'retain';
const onlyInform = process.argv[2] === 'inform';
if (!onlyJourney && !onlyRetain && !onlyInform) await remindSanne();
try {
  if (!onlyRetain && !onlyInform) await journeyScreens();
  for (const [sizeName, viewport] of onlyInform ? [] : Object.entries(sizes)) {
    for (const scheme of onlyJourney ? [] : (['light', 'dark'] as const)) await retainScreens(sizeName, viewport, scheme);
  }
  for (const [sizeName, viewport] of onlyJourney || onlyRetain ? [] : Object.entries(sizes)) {
    for (const scheme of ['light', 'dark'] as const) {
      if (onlyInform) {
        for (const language of ['nl', 'en'] as const) await informScreens(sizeName, viewport, scheme, language);
        continue;
      }
      const { page, context } = await env.newPage({ viewport, locale: 'nl-NL' });
      await page.emulateMedia({ colorScheme: scheme });
      const shot = async (name: string) => {
        await settle(page);
        await page.screenshot({ path: `${OUT}/${name}-${sizeName}-${scheme}.png`, fullPage: sizeName === 'phone' && name === 'home-full' });
      };
      await page.goto('/signin');
      await page.getByLabel(/e-mail/i).waitFor();
      await shot('signin');
      await signInAs(page, `sanne@anker.example`);
      await page.getByRole('listitem').first().waitFor();
      await shot('home');
      await page.goto('/settings');
      await page.getByRole('heading', { level: 1 }).waitFor();
      await shot('settings');
      for (const [name, path] of [['prizes', '/prizes'], ['leaderboard', '/leaderboard'], ['role-models', '/role-models']]) {
        await page.goto(path ?? '/');
        await page.getByRole('heading', { level: 2 }).first().waitFor();
        await shot(name ?? path ?? '');
      }
      await momentScreens(page, shot, sizeName, scheme);

      // The install offer comes after a first finished training.
      await finishFirstTraining(env, context);
      await page.goto('/');
      await page.getByRole('listitem').first().waitFor();
      const offer = new InstallOfferModel(page);
      await offer.simulateBrowserOffer();
      await offer.installButton().waitFor();
      // The offer sits in the home's flow, below what the person came for: shown where it is, once what loads after the first paint is in.
      await settle(page);
      await offer.card().scrollIntoViewIfNeeded();
      await shot('install-offer');

      const sw = new ServiceWorkerModel(page);
      await sw.waitUntilControlled();
      client.publishNewServiceWorker();
      await sw.checkForUpdate();
      await new UpdateBannerModel(page).reloadButton().waitFor();
      await shot('update-banner');

      const iphone = await env.newPage({ viewport, locale: 'nl-NL', userAgent: IPHONE_SAFARI, storageState: await context.storageState() });
      await iphone.page.emulateMedia({ colorScheme: scheme });
      await iphone.page.goto('/');
      await new InstallOfferModel(iphone.page).card().waitFor();
      await settle(iphone.page);
      await new InstallOfferModel(iphone.page).card().scrollIntoViewIfNeeded();
      await iphone.page.screenshot({ path: `${OUT}/install-ios-${sizeName}-${scheme}.png` });
      await iphone.context.close();
      await context.close();
      await kickoffScreen(sizeName, viewport, scheme);
      for (const language of ['nl', 'en'] as const) await workspaceScreens(sizeName, viewport, scheme, language);
      for (const language of ['nl', 'en'] as const) await informScreens(sizeName, viewport, scheme, language);
    }
  }
  console.log(`Screenshots in ${OUT}/`);
} finally {
  await env.close();
  client.remove();
}

/**
 * The poster's path on a touch phone, in Dutch and English, light and dark:
 * the kick-off's first screen, the tried training's cards, its done screen
 * with the way to join, the mail sent, and the finished training after the
 * mail link.
 */
async function journeyScreens(): Promise<void> {
  const code = (await env.server.database.db.selectFrom('posters').select('code').where('placement', '=', 'Kantine, gebouw A').executeTakeFirstOrThrow()).code;
  for (const locale of ['nl-NL', 'en-GB']) {
    for (const scheme of ['light', 'dark'] as const) {
      const { page, context } = await env.newPage({ locale, hasTouch: true, isMobile: true, colorScheme: scheme });
      const lang = locale.slice(0, 2);
      const shot = async (name: string) => {
        await settle(page);
        await page.screenshot({ path: `${OUT}/journey-${name}-${lang}-${scheme}.png` });
      };
      await page.goto(`/k/${code}`);
      await page.getByRole('timer').waitFor();
      await shot('1-kickoff');
      await page.getByRole('link', { name: /^(start de training|start the)/i }).tap();
      for (let card = 1; ; card++) {
        await page.getByText(/^(kaart|card) \d+ (van|of) \d+$/i).waitFor();
        const answer = page.getByRole('group').getByRole('button');
        if ((await answer.count()) > 0) {
          await shot(`2-card-${card}`);
          await answer.nth(1).tap();
        }
        await shot(`2-card-${card}${(await answer.count()) > 0 ? '-answered' : ''}`);
        const finish = page.getByRole('button', { name: /^(afronden|finish)$/i });
        if (await finish.isVisible()) {
          await finish.tap();
          break;
        }
        await page.getByRole('button', { name: /^(volgende|next)$/i }).tap();
      }
      await page.getByRole('heading', { name: /goed gedaan|well done/i }).waitFor();
      await shot('3-done');
      const address = `scherm.${lang}.${scheme}@anker.example`;
      await page.getByLabel(/e-mail/i).fill(address);
      await page.getByRole('button', { name: /^(stuur mij de link|send me the link)$/i }).tap();
      await page.getByText(/binnen twee minuten|within two minutes/i).waitFor();
      await shot('4-mail-sent');
      await page.goto(/https?:\/\/\S+/.exec((await env.smtp.waitForMail(address)).text ?? '')?.[0] ?? '');
      await page.getByRole('status').filter({ hasText: /account/i }).waitFor();
      await shot('5-claimed');
      await context.close();
    }
  }
}

/** A reminder that could not be pushed (Sanne has no device), so the inbox and the home's card have something to show. */
async function remindSanne(): Promise<void> {
  const db = env.server.database.db;
  const sanne = await db.selectFrom('people').selectAll().where('email', '=', 'sanne@anker.example').executeTakeFirstOrThrow();
  const log = createMemoryLogger();
  const sender = await pushSenderFor(db, loadConfig({}), () => new Date(), log);
  await notifyPerson({ db, sender, log }, sanne, await reminderNotice(db, sanne, new Date()), new Date());
  sender.close();
}

/** The learning moment (whole screen on a phone), reminders that could not be turned on, the inbox, and the home's card. */
async function momentScreens(page: Page, shot: (name: string) => Promise<void>, sizeName: string, scheme: string): Promise<void> {
  await page.goto('/moment');
  await page.getByRole('button', { name: /leermoment opslaan/i }).waitFor();
  await shot('moment');
  if (sizeName === 'phone') await page.screenshot({ path: `${OUT}/moment-full-${sizeName}-${scheme}.png`, fullPage: true });
  await page.context().grantPermissions(['notifications']);
  await page.getByRole('button', { name: /herinneringen aanzetten/i }).click();
  await page.getByText(/lukte niet/i).waitFor();
  await page.getByRole('region', { name: 'Herinneringen' }).scrollIntoViewIfNeeded();
  await shot('moment-reminders-failed');
  await page.context().clearPermissions();
  await page.goto('/inbox');
  await page.getByRole('listitem').first().waitFor();
  await shot('inbox');
  await page.goto('/');
  const card = page.getByRole('region', { name: 'Je leermoment' });
  await card.waitFor();
  await card.scrollIntoViewIfNeeded();
  await shot('home-moment');
}

async function signInAs(page: Page, email: string): Promise<void> {
  const before = env.smtp.messages.length;
  await page.getByLabel(/e-mail/i).fill(email);
  await page.getByRole('button', { name: /link/i }).click();
  await page.getByRole('heading', { name: /mail/i }).waitFor();
  const deadline = Date.now() + 5000;
  while (env.smtp.messages.length === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  const mail = env.smtp.messages.at(-1);
  if (!mail) throw new Error('no mail');
  await page.goto(`/signin/verify#token=${tokenFromMail(mail)}`);
  // A first sign-in asks the intake first: skipped here (its own shots are in informScreens).
  await new HomePageModel(page).waitForFeed();
}

/**
 * Waits until the page is still: no requests, and the entrance animations
 * done (one a re-render cancels rejects: that one is done too). Endless
 * ones (a lit streak's flicker, which a first finished training lights)
 * never end, so they are not waited for.
 */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() =>
    Promise.all(document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity).map((a) => a.finished.catch(() => undefined))),
  );
}

/** The kick-off behind a poster, as whoever scans it sees it (anonymous). */
async function kickoffScreen(sizeName: string, viewport: { width: number; height: number }, scheme: 'light' | 'dark'): Promise<void> {
  const code = (await env.server.database.db.selectFrom('posters').select('code').orderBy('placement').executeTakeFirstOrThrow()).code;
  const visitor = await env.newPage({ viewport, locale: 'nl-NL' });
  await visitor.page.emulateMedia({ colorScheme: scheme });
  await visitor.page.goto(`/k/${code}`);
  await visitor.page.getByRole('timer').waitFor();
  await settle(visitor.page);
  await visitor.page.screenshot({ path: `${OUT}/kickoff-${sizeName}-${scheme}.png`, fullPage: true });
  await visitor.context.close();
}

/** The L&D workspace as Lotte, the admin, sees it in `language` (the app speaks the signed-in person's language). */
async function workspaceScreens(sizeName: string, viewport: { width: number; height: number }, scheme: 'light' | 'dark', language: 'nl' | 'en'): Promise<void> {
  const { db } = env.server.database;
  await db.updateTable('people').set({ language }).where('email', '=', 'lotte@anker.example').execute();
  const { page, context } = await env.newPage({ viewport, locale: language === 'nl' ? 'nl-NL' : 'en-GB' });
  await page.emulateMedia({ colorScheme: scheme });
  // An invite link, as a QR code hands out: magic links to one address are rate-limited, and these screens sign in many times.
  await page.goto(`/signin/verify#token=${await issueInviteToken(db, env.baseUrl, 'lotte@anker.example')}`);
  await page.getByRole('listitem').first().waitFor();
  const shots: Array<[string, string, () => Promise<unknown>]> = [
    ['admin-campaigns', '/admin', () => page.getByRole('link', { name: 'Lente-kick-off' }).waitFor()],
    ['admin-campaign', '', async () => {
      await page.getByRole('link', { name: 'Lente-kick-off' }).click();
      await page.getByRole('table').waitFor();
    }],
    ['admin-teaser', '/admin/teasers/new', async () => {
      await page.getByLabel(/^(haak|hook)/i).fill('Drie minuten per dag maken je zekerder in je werk. Probeer het vandaag.');
      await page.getByLabel(/^(knoptekst|button text)/i).fill('Probeer');
    }],
    ['admin-micro', '/admin/items/new-micro', () => page.getByRole('group', { name: /kaarten|cards/i }).waitFor()],
    ['admin-audit', '/admin/audit', () => page.getByRole('table').waitFor()],
    ['admin-moment', '/admin/moment', () => page.getByLabel(/^(begintijd|start time)$/i).waitFor()],
    ['admin-sign-up', '/admin/sign-up', () => page.getByLabel(/^(e-maildomeinen|e-mail domains)/i).waitFor()],
    ['admin-rewards', '/admin/rewards', () => page.getByRole('heading', { level: 2 }).first().waitFor()],
    ['admin-people', '/admin/people', () => page.getByRole('table').waitFor()],
    ['admin-people-import', '/admin/people/import', async () => {
      const csv = 'email,name,department,team,language\nkees@anker.example,Kees,Facilitair,Keuken,nl\npiet@anker.example,Piet,Facilitair,Keuken,fr';
      await page.getByLabel(/^csv(-bestand| file)$/i).setInputFiles({ name: 'mensen.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await page.getByRole('button', { name: /^(bestand controleren|check the file)$/i }).click();
      await page.getByRole('table').waitFor();
    }],
    ['admin-person-invite', '/admin/people', async () => {
      await page.getByRole('link', { name: /^mark/i }).click();
      await page.getByRole('button', { name: /persoonlijke uitnodiging maken|personal invite/i }).click();
      await page.getByRole('img', { name: /qr.code/i }).waitFor();
    }],
    ['admin-org', '/admin/people/org', () => page.getByLabel(/^(nieuwe afdeling|new department)$/i).waitFor()],
    ['admin-journeys', '/admin/journeys', () => page.getByRole('article').first().waitFor()],
    ['admin-journey', '', async () => {
      await page.getByRole('link', { name: /^(bewerken|edit): /i }).first().click();
      await page.locator('.journey-timeline li').first().waitFor();
    }],
    ['admin-target-groups', '/admin/target-groups', () => page.getByRole('heading', { level: 2 }).first().waitFor()],
  ];
  for (const [name, path, ready] of shots) {
    if (path) await page.goto(path);
    await ready();
    await settle(page);
    await page.screenshot({ path: `${OUT}/${name}-${language}-${sizeName}-${scheme}.png`, fullPage: true });
  }
  await context.close();
  await db.updateTable('people').set({ language: 'nl' }).where('email', '=', 'lotte@anker.example').execute();
}

/**
 * The learning strategy in both languages: the home's "for you", the intake,
 * why we learn, the catalogue (Sanne, Dutch; Tomasz, English), the team's
 * paths (Mark; Priya) and the workspace's Strategie and Leerpaden tabs (Lotte).
 */
async function informScreens(sizeName: string, viewport: { width: number; height: number }, scheme: 'light' | 'dark', language: 'nl' | 'en'): Promise<void> {
  const who = language === 'nl' ? { employee: 'sanne', manager: 'mark' } : { employee: 'tomasz', manager: 'priya' };
  const shoot = async (page: Page, name: string, fullPage = false) => {
    await settle(page);
    await page.screenshot({ path: `${OUT}/${name}-${language}-${sizeName}-${scheme}.png`, fullPage });
  };
  const as = async (email: string) => {
    const opened = await env.newPage({ viewport, locale: language === 'nl' ? 'nl-NL' : 'en-GB' });
    await opened.page.emulateMedia({ colorScheme: scheme });
    // An invite link, as a QR code hands out: magic links to one address are rate-limited, and these screens sign in many times.
    await opened.page.goto(`/signin/verify#token=${await issueInviteToken(env.server.database.db, env.baseUrl, email)}`);
    await Promise.race([opened.page.waitForURL('**/intake?first=1'), new HomePageModel(opened.page).feed().first().waitFor()]);
    if (new URL(opened.page.url()).pathname === '/intake') {
      // The intake a first sign-in lands on, welcoming the newcomer.
      await opened.page.getByRole('checkbox').first().waitFor();
      await shoot(opened.page, `intake-first-${email.split('@')[0]}`);
    }
    await new HomePageModel(opened.page).waitForFeed();
    return opened;
  };
  const employee = await as(`${who.employee}@anker.example`);
  const { page } = employee;
  const forYou = page.getByRole('region', { name: /^(voor jou|for you)$/i });
  await forYou.getByRole('listitem').first().waitFor();
  await forYou.scrollIntoViewIfNeeded();
  await shoot(page, 'home-for-you');
  await page.goto('/intake');
  await page.getByRole('checkbox').first().waitFor();
  await shoot(page, 'intake');
  await page.goto('/why');
  await page.getByRole('heading', { level: 2 }).first().waitFor();
  await shoot(page, 'why-we-learn', true);
  await page.goto('/catalogue');
  await page.getByRole('searchbox').fill(language === 'nl' ? 'tillen' : 'lifting');
  await page.getByRole('list', { name: /alle trainingen|all trainings/i }).getByRole('link').first().waitFor();
  await shoot(page, 'catalogue');
  await employee.context.close();

  const manager = await as(`${who.manager}@anker.example`);
  await manager.page.goto('/team/paths');
  await manager.page.getByRole('heading', { level: 2 }).first().waitFor();
  await shoot(manager.page, 'team-paths', true);
  // Giving the team a path: two trainings picked, in order.
  const form = manager.page.getByRole('form', { name: /geef je team een leerpad|give your team a learning path/i });
  await form.getByLabel(/^(naam van het pad|name of the path)$/i).fill(language === 'nl' ? 'Onze tilweek' : 'Our lifting week');
  for (let i = 0; i < 2; i += 1) await form.getByRole('button', { name: /^(toevoegen|add)$/i }).click();
  await form.scrollIntoViewIfNeeded();
  await shoot(manager.page, 'team-path-form');
  await manager.context.close();

  // The app speaks the signed-in person's language: Lotte, the demo's admin, speaks it for these shots (and Dutch again after).
  await env.server.database.db.updateTable('people').set({ language }).where('email', '=', 'lotte@anker.example').execute();
  const admin = await as('lotte@anker.example');
  await admin.page.goto('/admin/strategy');
  await admin.page.getByRole('table').waitFor();
  await shoot(admin.page, 'admin-strategy', true);
  await admin.page.goto('/admin/paths');
  await admin.page.getByRole('heading', { level: 3 }).first().waitFor();
  await shoot(admin.page, 'admin-paths', true);
  await admin.page.getByRole('link', { name: /^(welkom in de zorg|welcome to care)$/i }).click();
  await admin.page.getByRole('button', { name: /^(omhoog|move up)\W/i }).first().waitFor();
  await shoot(admin.page, 'admin-path-editor', true);
  await admin.page.goto('/admin/strategy/goals/new');
  await admin.page.getByLabel(/^(niveau|level)$/i).selectOption('department');
  await shoot(admin.page, 'admin-goal-editor', true);
  await admin.context.close();
  await env.server.database.db.updateTable('people').set({ language: 'nl' }).where('email', '=', 'lotte@anker.example').execute();
}

/**
 * Stories, ideas, the evaluation card and the team page (Sanne, Mark), a
 * story behind its link signed out, and the workspace's Verhalen, Ideeën
 * and Evaluaties tabs (Lotte).
 */
async function retainScreens(sizeName: string, viewport: { width: number; height: number }, scheme: 'light' | 'dark'): Promise<void> {
  const db = env.server.database.db;
  const shoot = async (page: Page, name: string, fullPage = false) => {
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity));
    await page.screenshot({ path: `${OUT}/${name}-${sizeName}-${scheme}.png`, fullPage });
  };
  const as = async (email: string | null) => {
    const opened = await env.newPage({ viewport, locale: 'nl-NL' });
    await opened.page.emulateMedia({ colorScheme: scheme });
    if (email) {
      await opened.page.goto(`/signin/verify#token=${await issueInviteToken(db, env.baseUrl, email)}`);
      // A first sign-in is asked the intake first (its own shots are in informScreens).
      await new HomePageModel(opened.page).waitForFeed();
    }
    return opened;
  };
  const story = await db.selectFrom('stories').select('code').where('status', '=', 'approved').orderBy('created_at', 'desc').executeTakeFirstOrThrow();
  const visitor = await as(null);
  await visitor.page.goto(`/s/${story.code}`);
  await visitor.page.getByRole('link', { name: /doe mee/i }).waitFor();
  await shoot(visitor.page, 'story-signed-out');
  await visitor.context.close();

  const sanne = await as('sanne@anker.example');
  const { page } = sanne;
  await page.getByRole('region', { name: /verhalen van collega/i }).scrollIntoViewIfNeeded();
  await shoot(page, 'home-stories');
  await page.getByRole('heading', { name: /hoe werkt de app voor jou/i }).scrollIntoViewIfNeeded();
  await shoot(page, 'home-evaluation');
  await page.goto(`/s/${story.code}`);
  await page.getByRole('button', { name: /dit wil ik ook leren/i }).waitFor();
  await shoot(page, 'story', true);
  await page.goto('/stories');
  await page.getByRole('article').first().waitFor();
  await shoot(page, 'stories', true);
  await page.goto('/stories/new');
  await page.getByLabel(/de training waar het over gaat/i).locator('option:nth-child(2)').waitFor({ state: 'attached' });
  await shoot(page, 'story-write', true);
  await page.goto('/ideas');
  await page.getByRole('heading', { level: 3 }).first().waitFor();
  await shoot(page, 'ideas', true);
  await sanne.context.close();

  const mark = await as('mark@anker.example');
  await mark.page.goto('/team');
  await mark.page.getByRole('term').first().waitFor();
  await shoot(mark.page, 'team', true);
  await mark.context.close();

  const lotte = await as('lotte@anker.example');
  for (const [tab, ready] of [['stories', 'article'], ['ideas', 'form'], ['evaluations', 'article']] as const) {
    await lotte.page.goto(`/admin/${tab}`);
    await lotte.page.getByRole(ready).first().waitFor();
    if (tab === 'evaluations') {
      await lotte.page.getByRole('button', { name: /^resultaten$/i }).first().click();
      await lotte.page.getByText(/^gemiddelde:/i).first().waitFor();
    }
    await shoot(lotte.page, `admin-${tab}`, true);
  }
  await lotte.context.close();
}
