import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findPersonByEmail } from '../../server/features/people/people.repository';
import { saveSso } from '../../server/features/settings/sso-settings';
import { startOidcProvider, type TestOidcProvider } from '../helpers/oidc-provider';
import { seriousAxeViolations, startE2eEnvironment, type E2eEnvironment } from './harness';
import { HomePageModel } from './page-models/home-page';
import { SignInPageModel, SsoSignInModel } from './page-models/sign-in-page';

describe.runIf(inject('chromiumAvailable'))('signing in through the organisation’s identity provider', () => {
  let env: E2eEnvironment;
  let provider: TestOidcProvider;

  beforeAll(async () => {
    env = await startE2eEnvironment();
    provider = await startOidcProvider({
      redirectUri: `${env.baseUrl}/api/auth/sso/callback`,
      accounts: { 'sanne.bakker': { email: 'sanne@anker.example', name: 'Sanne Bakker' }, 'mark.jansen': { email: 'mark@anker.example', name: 'Mark Jansen' } },
    });
    // Lotte, the demo's admin, sets up single sign-on (the workspace's form calls the same service).
    const db = env.server.database.db;
    const lotte = await findPersonByEmail(db, 'lotte@anker.example');
    if (!lotte) throw new Error('the demo organisation has no Lotte');
    await saveSso(db, { oidc: undefined }, lotte.id, { enabled: true, issuer: provider.issuer, clientId: provider.clientId, clientSecret: provider.clientSecret, buttonLabel: 'Anker-account', unknownPeople: 'refuse', magicLinks: true }, new Date());
  });
  afterAll(async () => {
    await provider?.close();
    await env?.close();
  });

  it('signs in at the provider and lands on the home; the same flow replayed is refused with a clear page', async () => {
    const { page, context } = await env.newPage();
    let callback = '';
    page.on('request', (request) => {
      if (request.url().includes('/api/auth/sso/callback')) callback = request.url();
    });
    await new SignInPageModel(page).open();
    const sso = new SsoSignInModel(page);
    await page.getByRole('link', { name: 'Inloggen met Anker-account' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await sso.start('Anker-account');
    await sso.signInAtProvider('sanne.bakker');

    const home = new HomePageModel(page);
    await home.waitForFeed();
    expect(page.url()).toBe(`${env.baseUrl}/`);
    await expect(home.greeting().textContent()).resolves.toContain('Sanne');
    await context.close();

    // Someone who got hold of that return address (browser history, a log) cannot use it again.
    const other = await env.newPage();
    expect(callback).toContain('state=');
    await other.page.goto(callback);
    await other.page.getByRole('heading', { name: 'Inloggen is niet gelukt' }).waitFor();
    await expect(new SsoSignInModel(other.page).refusal().textContent()).resolves.toContain('Voor je veiligheid is hij geweigerd');
    expect(new URL(other.page.url()).pathname).toBe('/signin');
    expect(await seriousAxeViolations(other.page)).toEqual([]);
    // And is not signed in.
    expect((await other.page.request.get('/api/me')).status()).toBe(401);
    await other.context.close();
  });

  it('refuses a tampered ID token with a clear page in English, and a made-up state too', async () => {
    const { page, context } = await env.newPage({ locale: 'en-GB' });
    provider.tamper = 'signature';
    try {
      await new SignInPageModel(page).open();
      const sso = new SsoSignInModel(page);
      await sso.start('Anker-account');
      await sso.signInAtProvider('mark.jansen');
      await page.getByRole('heading', { name: 'Signing in did not work' }).waitFor();
      await expect(sso.refusal().textContent()).resolves.toContain('did not pass our checks');
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect((await page.request.get('/api/me')).status()).toBe(401);
    } finally {
      provider.tamper = 'none';
    }
    await page.goto('/api/auth/sso/callback?state=made-up-by-someone&code=also-made-up');
    await page.getByRole('heading', { name: 'Signing in did not work' }).waitFor();
    // Trying again from the page works; the provider still knows Mark from a moment ago (single sign-on), so no form this time.
    await new SsoSignInModel(page).start('Anker-account');
    await new HomePageModel(page).waitForFeed();
    expect(page.url()).toBe(`${env.baseUrl}/`);
    await context.close();
  });
});
