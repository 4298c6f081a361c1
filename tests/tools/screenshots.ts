/**
 * Takes screenshots of every screen at phone (360×640) and desktop size, in
 * light and dark, into .tmp/screenshots/, so people can look at what they build.
 * Run: npm run screenshots (after npm run build).
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { tokenFromMail } from '../helpers/smtp-server';
import { copyBuiltClient } from '../e2e/client-copy';
import { startE2eEnvironment } from '../e2e/harness';
import { InstallOfferModel, IPHONE_SAFARI, ServiceWorkerModel, UpdateBannerModel } from '../e2e/page-models/pwa';

const OUT = '.tmp/screenshots';
const sizes = { phone: { width: 360, height: 640 }, desktop: { width: 1280, height: 800 } } as const;

// A copy of the build, so the "new version" banner can be shown by publishing a new sw.js.
const client = copyBuiltClient();
const env = await startE2eEnvironment({ clientDir: client.dir });
mkdirSync(OUT, { recursive: true });
try {
  for (const [sizeName, viewport] of Object.entries(sizes)) {
    for (const scheme of ['light', 'dark'] as const) {
      const { page, context } = await env.newPage({ viewport, locale: 'nl-NL' });
      await page.emulateMedia({ colorScheme: scheme });
      const shot = async (name: string) => {
        await page.waitForLoadState('networkidle');
        await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
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

      await page.goto('/');
      await page.getByRole('listitem').first().waitFor();
      const offer = new InstallOfferModel(page);
      await offer.simulateBrowserOffer();
      await offer.installButton().waitFor();
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
      await iphone.page.waitForLoadState('networkidle');
      await iphone.page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
      await iphone.page.screenshot({ path: `${OUT}/install-ios-${sizeName}-${scheme}.png` });
      await iphone.context.close();
      await context.close();
    }
  }
  console.log(`Screenshots in ${OUT}/`);
} finally {
  await env.close();
  client.remove();
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
}
