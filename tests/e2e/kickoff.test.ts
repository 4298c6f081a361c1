import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { Database } from '../../server/db/database';
import { seriousAxeViolations, startE2eEnvironment, type E2eEnvironment } from './harness';
import { HomePageModel } from './page-models/home-page';
import { KickoffPageModel } from './page-models/kickoff-page';
import { signInWithMagicLink } from './page-models/magic-link';
import { SignInPageModel } from './page-models/sign-in-page';

const REVEALED_HOOK = 'De nieuwe leerlijn is er: drie minuten per dag, jouw tempo.';

describe.runIf(inject('chromiumAvailable'))('the kick-off behind a QR poster', () => {
  let env: E2eEnvironment;
  let db: Kysely<Database>;
  let canteen: { id: string; code: string };
  // The server's clock: real time plus however far a test has travelled.
  let travelled = 0;
  // A scan is a visit of the poster's attribution source.
  const scans = async () =>
    Number(
      (
        await db
          .selectFrom('attribution_visits')
          .innerJoin('attribution_sources', 'attribution_sources.id', 'attribution_visits.source_id')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('attribution_sources.ref_id', '=', canteen.id)
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    env = await startE2eEnvironment({ clock: () => new Date(Date.now() + travelled) });
    db = env.server.database.db;
    canteen = await db.selectFrom('posters').select(['id', 'code']).where('placement', '=', 'Kantine, gebouw A').executeTakeFirstOrThrow();
  });
  afterAll(async () => env?.close());

  it.each(['light', 'dark'] as const)('shows an anonymous visitor the kick-off and counts the scan, with no cookie and nothing stored ($0)', async (colorScheme) => {
    const { page, context } = await env.newPage();
    await page.emulateMedia({ colorScheme });
    const before = await scans();
    const kickoff = new KickoffPageModel(page);
    await kickoff.open(canteen.code);
    await expect(kickoff.headline().textContent()).resolves.toBe('Er komt iets nieuws aan');
    await kickoff.countdown().waitFor();
    await kickoff.calendarLink().waitFor();
    await kickoff.joinLink().waitFor();
    await expect.poll(scans).toBe(before + 1);
    // A reload is the same visit: still one scan.
    await page.reload();
    await kickoff.countdown().waitFor();
    expect(await scans()).toBe(before + 1);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    expect(await page.evaluate(() => document.body.innerText)).not.toMatch(/lotte|sanne|@anker/i);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });

  it('joins through the poster: magic link → signed in on the home, with the poster as first touch; back on the kick-off, says yes', async () => {
    const { page, context } = await env.newPage();
    const kickoff = new KickoffPageModel(page);
    await kickoff.open(canteen.code);
    await expect.poll(scans).toBeGreaterThan(0);
    await kickoff.joinLink().click();
    await page.waitForURL(`**/signin?via=${canteen.code}`);
    await new SignInPageModel(page).askForLink('tomasz@anker.example');
    const mail = await env.smtp.waitForMail('tomasz@anker.example');
    const link = /https?:\/\/\S+/.exec(mail.text ?? '')?.[0] ?? '';
    expect(link).toContain(`&via=${canteen.code}`);
    await page.goto(link);
    // Nothing was tried on this phone: the link lands on the home, not back on the page with the join button.
    await new HomePageModel(page).waitForFeed();
    expect(new URL(page.url()).pathname).toBe('/');
    await kickoff.open(canteen.code);
    await kickoff.rsvp('yes').click();
    await page.getByRole('status').filter({ hasText: /tot dan|see you there/i }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    const tomasz = await db.selectFrom('people').select('id').where('email', '=', 'tomasz@anker.example').executeTakeFirstOrThrow();
    const touch = db.selectFrom('first_touches').innerJoin('attribution_sources', 'attribution_sources.id', 'first_touches.source_id');
    expect(await touch.select('attribution_sources.ref_id').where('first_touches.person_id', '=', tomasz.id).execute()).toEqual([{ ref_id: canteen.id }]);
    expect(await db.selectFrom('campaign_rsvps').select('answer').where('person_id', '=', tomasz.id).execute()).toEqual([{ answer: 'yes' }]);
    await context.close();
  });

  it('keeps the campaign teasers out of the feed until the kick-off moment, then shows them', async () => {
    const { page, context } = await env.newPage();
    const home = await signInWithMagicLink(page, env.smtp, 'sanne@anker.example');
    expect(await home.feed().allTextContents()).not.toContainEqual(expect.stringContaining(REVEALED_HOOK));
    const campaign = await db.selectFrom('campaigns').select('kickoff_at').executeTakeFirstOrThrow();
    travelled = Date.parse(campaign.kickoff_at ?? '') - Date.now() + 1000;
    await page.reload();
    await new HomePageModel(page).feed().filter({ hasText: REVEALED_HOOK }).first().waitFor();
    travelled = 0;
    await context.close();
  });
});
