import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../helpers/databases';
import { freePort } from '../helpers/free-port';
import { addCampaign, addPoster } from '../helpers/campaigns';
import { signInAtProvider, startOidcProvider, type TestAccount, type TestOidcProvider } from '../helpers/oidc-provider';
import { addPerson, createTestContext, signedInClient, TEST_PUBLIC_URL, TestClient, type TestContext } from '../helpers/test-app';

const REDIRECT_URI = `${TEST_PUBLIC_URL}/api/auth/sso/callback`;

describe.each(testDatabases())('single sign-on with OpenID Connect ($name)', (kind) => {
  let ctx: TestContext;
  let admin: TestClient;
  let provider: TestOidcProvider;
  const accounts: Record<string, TestAccount> = {};

  const configure = (overrides: Record<string, unknown> = {}) =>
    admin.request('PUT', '/api/admin/sso', {
      enabled: true,
      issuer: provider.issuer,
      clientId: provider.clientId,
      clientSecret: provider.clientSecret,
      buttonLabel: 'Anker-account',
      unknownPeople: 'refuse',
      magicLinks: true,
      ...overrides,
    });

  /** A browser's whole round trip: start here, sign in at the provider as `login`, come back; answers the browser and where it landed. */
  async function roundTrip(login: string, via?: string) {
    const browser = new TestClient(ctx.app);
    const start = await browser.get(`/api/auth/sso/start${via ? `?via=${via}` : ''}`);
    expect(start.status).toBe(302);
    const authorization = start.headers.get('location') ?? '';
    expect(authorization.startsWith(provider.issuer)).toBe(true);
    const callback = await signInAtProvider(authorization, login, REDIRECT_URI);
    const back = await browser.get(`${callback.pathname}${callback.search}`);
    return { browser, back, landed: back.headers.get('location'), callback };
  }

  const newAccount = (extra: Partial<TestAccount> = {}) => {
    const login = `acc${randomUUID().slice(0, 8)}`;
    accounts[login] = { email: `${login}@anker.example`, name: `Person ${login}`, ...extra };
    return login;
  };

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    provider = await startOidcProvider({ redirectUri: REDIRECT_URI, accounts });
    admin = await signedInClient(ctx, (await addPerson(ctx, { role: 'admin' })).id);
    expect((await configure()).status).toBe(200);
  });
  afterAll(async () => {
    await provider.close();
    await ctx.close();
  });

  it('uses PKCE, state and nonce, and signs a known person in by the provider’s subject id; the poster still gets the credit', async () => {
    const login = newAccount();
    const person = await addPerson(ctx, { email: accounts[login]?.email ?? '' });
    const poster = await addPoster(ctx, person, (await addCampaign(ctx, person)).id);
    const browser = new TestClient(ctx.app);
    const start = await browser.get(`/api/auth/sso/start?via=${poster.code}`);
    const authorization = new URL(start.headers.get('location') ?? '');
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorization.searchParams.get('state')).toBeTruthy();
    expect(authorization.searchParams.get('nonce')).toBeTruthy();
    expect(authorization.searchParams.get('redirect_uri')).toBe(REDIRECT_URI);
    const callback = await signInAtProvider(authorization.href, login, REDIRECT_URI);
    const back = await browser.get(`${callback.pathname}${callback.search}`);
    expect(back.status).toBe(302);
    expect(back.headers.get('location')).toBe('/');
    const me = (await (await browser.get('/api/me')).json()) as { id: string };
    expect(me.id).toBe(person.id);
    expect(await ctx.deps.db.selectFrom('sso_identities').select(['subject', 'issuer']).where('person_id', '=', person.id).execute()).toEqual([{ subject: login, issuer: provider.issuer }]);
    const touch = await ctx.deps.db.selectFrom('first_touches').select('person_id').where('person_id', '=', person.id).execute();
    expect(touch).toHaveLength(1);

    // Later the address changes at the provider: the subject id still finds them.
    accounts[login] = { name: `Person ${login}`, email: `renamed.${login}@anker.example` };
    const again = await roundTrip(login);
    expect(again.landed).toBe('/');
    expect(((await (await again.browser.get('/api/me')).json()) as { id: string }).id).toBe(person.id);
  });

  it('refuses a replayed state and a made-up one, with a reason for the sign-in page', async () => {
    const login = newAccount();
    await addPerson(ctx, { email: accounts[login]?.email ?? '' });
    const { callback, landed } = await roundTrip(login);
    expect(landed).toBe('/');
    const replay = new TestClient(ctx.app);
    const replayed = await replay.get(`${callback.pathname}${callback.search}`);
    expect(replayed.headers.get('location')).toBe('/signin?sso=flow_invalid');
    expect((await replay.get('/api/me')).status).toBe(401);
    const madeUp = new URL(callback);
    madeUp.searchParams.set('state', 'a-state-this-server-never-made');
    expect((await replay.get(`${madeUp.pathname}${madeUp.search}`)).headers.get('location')).toBe('/signin?sso=flow_invalid');
  });

  it('takes a callback only in the browser that started the flow (no login CSRF), and leaves that flow usable there', async () => {
    const login = newAccount();
    await addPerson(ctx, { email: accounts[login]?.email ?? '' });
    const starter = new TestClient(ctx.app);
    const start = await starter.get('/api/auth/sso/start');
    expect(start.headers.get('set-cookie')).toMatch(/leerlust_sso_flow=[^;]+;.*HttpOnly.*SameSite=Lax/i);
    const callback = await signInAtProvider(start.headers.get('location') ?? '', login, REDIRECT_URI);
    // The link handed to a colleague's browser, which never started a flow.
    const colleague = new TestClient(ctx.app);
    expect((await colleague.get(`${callback.pathname}${callback.search}`)).headers.get('location')).toBe('/signin?sso=flow_invalid');
    expect((await colleague.get('/api/me')).status).toBe(401);
    expect((await starter.get(`${callback.pathname}${callback.search}`)).headers.get('location')).toBe('/');
    expect((await starter.get('/api/me')).status).toBe(200);
  });

  it.each([
    ['a tampered ID token', 'signature'],
    ['an ID token for another audience', 'audience'],
  ] as const)('refuses %s', async (_name, tamper) => {
    const login = newAccount();
    await addPerson(ctx, { email: accounts[login]?.email ?? '' });
    provider.tamper = tamper;
    try {
      const { browser, landed } = await roundTrip(login);
      expect(landed).toBe('/signin?sso=token_refused');
      expect((await browser.get('/api/me')).status).toBe(401);
    } finally {
      provider.tamper = 'none';
    }
  });

  it('refuses an expired code', async () => {
    const quick = await startOidcProvider({ redirectUri: REDIRECT_URI, accounts, codeTtlSeconds: 1 });
    try {
      expect((await configure({ issuer: quick.issuer, clientId: quick.clientId, clientSecret: quick.clientSecret })).status).toBe(200);
      const login = newAccount();
      await addPerson(ctx, { email: accounts[login]?.email ?? '' });
      const browser = new TestClient(ctx.app);
      const start = await browser.get('/api/auth/sso/start');
      const callback = await signInAtProvider(start.headers.get('location') ?? '', login, REDIRECT_URI);
      await new Promise((resolve) => setTimeout(resolve, 2100));
      const back = await browser.get(`${callback.pathname}${callback.search}`);
      expect(back.headers.get('location')).toBe('/signin?sso=token_refused');
    } finally {
      await configure();
      await quick.close();
    }
  });

  it('says so when the provider is down', async () => {
    const closedPort = await freePort();
    expect((await configure({ issuer: `http://127.0.0.1:${closedPort}` })).status).toBe(200);
    try {
      const start = await new TestClient(ctx.app).get('/api/auth/sso/start');
      expect(start.headers.get('location')).toBe('/signin?sso=provider_unavailable');
    } finally {
      await configure();
    }
  });

  it('refuses someone not known, or makes them, as the organisation chose; someone who left stays out', async () => {
    const stranger = newAccount();
    expect((await roundTrip(stranger)).landed).toBe('/signin?sso=unknown_person');
    await configure({ unknownPeople: 'create' });
    try {
      const { landed, browser } = await roundTrip(stranger);
      expect(landed).toBe('/');
      expect(await (await browser.get('/api/me')).json()).toMatchObject({ email: accounts[stranger]?.email, name: accounts[stranger]?.name, role: 'employee' });
    } finally {
      await configure();
    }
    const leaver = newAccount();
    const person = await addPerson(ctx, { email: accounts[leaver]?.email ?? '' });
    await ctx.deps.db.updateTable('people').set({ left_at: ctx.clock().toISOString() }).where('id', '=', person.id).execute();
    expect((await roundTrip(leaver)).landed).toBe('/signin?sso=person_left');
  });

  it('finds the person SCIM provisioned by Entra ID’s object id, whatever the address', async () => {
    const person = await addPerson(ctx, { email: `provisioned.${randomUUID().slice(0, 8)}@anker.example` });
    const oid = randomUUID();
    await ctx.deps.db.insertInto('scim_users').values({ person_id: person.id, user_name: person.email ?? '', external_id: oid, given_name: null, family_name: null, updated_at: ctx.clock().toISOString() }).execute();
    const login = newAccount({ oid, email: `upn.${randomUUID().slice(0, 8)}@anker.onmicrosoft.example` });
    const { browser, landed } = await roundTrip(login);
    expect(landed).toBe('/');
    expect(((await (await browser.get('/api/me')).json()) as { id: string }).id).toBe(person.id);
  });

  it('tells the sign-in screen its options, and switches magic links off when asked', async () => {
    const anonymous = new TestClient(ctx.app);
    expect(await (await anonymous.get('/api/auth/options')).json()).toEqual({ sso: { label: 'Anker-account' }, magicLinks: true });
    await configure({ magicLinks: false });
    try {
      expect(await (await anonymous.get('/api/auth/options')).json()).toEqual({ sso: { label: 'Anker-account' }, magicLinks: false });
      const asked = await anonymous.post('/api/auth/magic-link', { email: 'someone@anker.example' });
      expect(asked.status).toBe(403);
      // Invites keep working beside single sign-on.
      const invited = await signedInClient(ctx, (await addPerson(ctx)).id);
      expect((await invited.get('/api/me')).status).toBe(200);
    } finally {
      await configure();
    }
    const overview = await (await admin.get('/api/admin/works-council')).json();
    expect(JSON.stringify(overview)).not.toContain(provider.clientSecret);
    expect(overview).toMatchObject({ sso: { enabled: true, hasClientSecret: true, redirectUri: REDIRECT_URI } });
    const audit = await ctx.deps.db.selectFrom('audit_log').select('detail').where('action', '=', 'sso.update').execute();
    expect(audit.length).toBeGreaterThan(0);
    expect(audit.map((a) => a.detail).join()).not.toContain(provider.clientSecret);
  });
});
