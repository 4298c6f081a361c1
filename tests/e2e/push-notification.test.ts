import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { tokenFromMail } from '../helpers/smtp-server';
import { startE2eEnvironment, type E2eEnvironment } from './harness';
import { HomePageModel } from './page-models/home-page';
import { ServiceWorkerModel } from './page-models/pwa';
import { SignInPageModel } from './page-models/sign-in-page';

/*
 * Headless Chromium cannot reach a real push service (no internet here), so
 * the push comes in through the DevTools protocol, as the browser would hand
 * it to the worker after decrypting it. The server → push service half is
 * tested against a local push service (tests/api/push*.test.ts).
 */
describe.runIf(inject('chromiumAvailable'))('a push reaches the service worker', () => {
  let env: E2eEnvironment;

  beforeAll(async () => {
    env = await startE2eEnvironment();
  });
  afterAll(() => env?.close());

  /** The page's service-worker registration id, from the DevTools protocol's own list. */
  async function registrationIdOf(cdp: CDPSession, origin: string): Promise<string> {
    const found = new Promise<string>((resolve) => {
      cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
        const mine = registrations.find((r) => r.scopeURL.startsWith(origin) && !r.isDeleted);
        if (mine) resolve(mine.registrationId);
      });
    });
    await cdp.send('ServiceWorker.enable');
    return found;
  }

  it('shows the notification with its title, body and deep link, collapsed by tag', async () => {
    const { page, context } = await env.newPage();
    await context.grantPermissions(['notifications'], { origin: env.baseUrl });
    const signIn = new SignInPageModel(page);
    await signIn.open();
    await signIn.askForLink('sanne@anker.example');
    await page.goto(`/signin/verify#token=${tokenFromMail(await env.smtp.waitForMail('sanne@anker.example'))}`);
    await new HomePageModel(page).waitForFeed();
    await new ServiceWorkerModel(page).ready();

    const cdp = await context.newCDPSession(page);
    const origin = new URL(env.baseUrl).origin;
    const message = (n: number) =>
      JSON.stringify({ id: `00000000-0000-4000-8000-00000000000${n}`, kind: 'moment_reminder', title: 'Tijd voor je leermoment', body: `Teaser ${n}`, url: `/training/abc${n}?source=push`, tag: 'learning-moment', badgeCount: 0 });
    const registrationId = await registrationIdOf(cdp, origin);
    const deliverPush = (data: string) => cdp.send('ServiceWorker.deliverPushMessage', { origin, registrationId, data });
    await deliverPush(message(1));
    await deliverPush(message(2));

    const shown = () =>
      page.evaluate(async () =>
        (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => ({ title: n.title, body: n.body, tag: n.tag, data: n.data as unknown })),
      );
    // Same tag: the second reminder replaced the first.
    await expect.poll(shown).toEqual([{ title: 'Tijd voor je leermoment', body: 'Teaser 2', tag: 'learning-moment', data: { url: '/training/abc2?source=push', id: '00000000-0000-4000-8000-000000000002' } }]);

    // Even an unreadable push shows a notification (iOS revokes silent pushes) that opens the app.
    await deliverPush('not json');
    await expect
      .poll(async () => (await shown()).filter((n) => n.tag === 'leerlust'))
      .toEqual([{ title: 'Leerlust', body: '', tag: 'leerlust', data: { url: '/', id: '' } }]);
    await context.close();
  });
});
