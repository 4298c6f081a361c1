import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authPolicy } from '../../server/features/auth/auth.policy';
import { CSRF_COOKIE, SESSION_COOKIE } from '../../shared/schemas/csrf';
import { expectApiError } from '../helpers/api-error';
import { testDatabases } from '../helpers/databases';
import { tokenFromMail } from '../helpers/smtp-server';
import { addPerson, createTestContext, signedInClient, TestClient, type TestContext } from '../helpers/test-app';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const askForLink = (ctx: TestContext, email: string, fromIp?: string) =>
  new TestClient(ctx.app).request('POST', '/api/auth/magic-link', { email }, fromIp ? { 'x-forwarded-for': fromIp } : {});

/** Asks for a magic link and returns the token from the mail that arrives. */
async function magicLinkToken(ctx: TestContext, email: string): Promise<string> {
  expect((await askForLink(ctx, email)).status).toBe(202);
  const mail = ctx.sentMail.findLast((m) => m.to === email);
  if (!mail) throw new Error(`no mail to ${email}`);
  return tokenFromMail(mail);
}

const setCookie = (response: Response, name: string) => response.headers.getSetCookie().find((c) => c.startsWith(`${name}=`));

/** The person's id, or the error status when the session does not hold. */
const whoAmI = async (client: TestClient) => {
  const response = await client.get('/api/me');
  return response.ok ? ((await response.json()) as { id: string }).id : response.status;
};

describe.each(testDatabases())('sign-in and sessions ($name)', (kind) => {
  // One app per configuration; they share nothing, not even rate-limit counters.
  let ctx: TestContext;
  let proxied: TestContext;
  let direct: TestContext;
  let https: TestContext;

  beforeAll(async () => {
    [ctx, proxied, direct, https] = await Promise.all([
      createTestContext(kind),
      createTestContext(kind, { trustProxy: true }),
      createTestContext(kind),
      createTestContext(kind, { publicUrl: 'https://leerlust.example' }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([ctx, proxied, direct, https].map((context) => context.close()));
  });

  describe('asking for a link behind a trusted proxy', () => {
    it('answers an unknown address exactly like a known one, and mails nobody', async () => {
      const person = await addPerson(proxied);
      const known = await askForLink(proxied, person.email ?? '', '192.0.2.1');
      const mailsBefore = proxied.sentMail.length;
      const unknown = await askForLink(proxied, 'nobody.here@test.example', '192.0.2.1');
      expect([unknown.status, await unknown.json()]).toEqual([known.status, await known.json()]);
      expect(unknown.status).toBe(202);
      expect(proxied.sentMail.length).toBe(mailsBefore);
    });

    it('sends five links an hour to one address, then answers 429, from whichever IP', async () => {
      const { email } = await addPerson(proxied);
      if (!email) throw new Error('person without e-mail');
      for (let i = 1; i <= 5; i++) expect((await askForLink(proxied, email, `192.0.2.${10 + i}`)).status).toBe(202);
      await expectApiError(await askForLink(proxied, email.toUpperCase(), '192.0.2.99'), 429, 'rate_limited');
      expect(proxied.sentMail.filter((m) => m.to === email)).toHaveLength(5);
      expect((await askForLink(proxied, 'someone.else@test.example', '192.0.2.99')).status).toBe(202);

      proxied.clock.advance(HOUR);
      expect((await askForLink(proxied, email, '192.0.2.99')).status).toBe(202);
    });

    it('signs in 300 people behind one hospital NAT within an hour of a kick-off, each asking once and some twice', async () => {
      const nat = '203.0.113.50';
      const people = await Promise.all(Array.from({ length: 300 }, () => addPerson(proxied)));
      const refused: string[] = [];
      for (const [i, person] of people.entries()) {
        const email = person.email ?? '';
        for (let ask = 0; ask < (i % 10 === 0 ? 2 : 1); ask++) if ((await askForLink(proxied, email, nat)).status !== 202) refused.push(`link ${email}`);
        const mail = proxied.sentMail.findLast((m) => m.to === email);
        const signIn = mail && (await new TestClient(proxied.app).request('POST', '/api/auth/session', { token: tokenFromMail(mail) }, { 'x-forwarded-for': nat }));
        if (signIn?.status !== 200) refused.push(`session ${email}`);
        proxied.clock.advance(10_000);
      }
      expect(refused).toEqual([]);
    });

    it('limits requests per IP an hour, for any address, counting the hop the proxy appended', async () => {
      const { limit } = authPolicy.magicLinkPerIp;
      for (let i = 1; i <= limit; i++) expect((await askForLink(proxied, `ip.${i}@test.example`, '203.0.113.7')).status).toBe(202);
      await expectApiError(await askForLink(proxied, 'one.more@test.example', '203.0.113.7'), 429, 'rate_limited');
      // A client cannot escape by putting another address in front of the one the proxy adds.
      await expectApiError(await askForLink(proxied, 'one.more@test.example', '10.9.8.7, 203.0.113.7'), 429, 'rate_limited');
      expect((await askForLink(proxied, 'one.more@test.example', '203.0.113.8')).status).toBe(202);
    });
  });

  describe('asking for a link without a trusted proxy', () => {
    it('ignores X-Forwarded-For: every in-process request comes from the one client "local"', async () => {
      const { limit } = authPolicy.magicLinkPerIp;
      for (let i = 1; i <= limit; i++) expect((await askForLink(direct, `local.${i}@test.example`, `198.51.100.${i}`)).status).toBe(202);
      await expectApiError(await askForLink(direct, 'one.more@test.example', '198.51.100.200'), 429, 'rate_limited');
    });
  });

  describe('sessions', () => {
    it('accepts a magic link for 15 minutes, and not after', async () => {
      const { email } = await addPerson(ctx);
      const early = await magicLinkToken(ctx, email ?? '');
      const late = await magicLinkToken(ctx, email ?? '');
      ctx.clock.advance(15 * MINUTE - 1000);
      expect((await new TestClient(ctx.app).post('/api/auth/session', { token: early })).status).toBe(200);
      ctx.clock.advance(2000);
      await expectApiError(await new TestClient(ctx.app).post('/api/auth/session', { token: late }), 400, 'link_invalid');
    });

    it('stores link and session tokens only as hashes', async () => {
      const person = await addPerson(ctx);
      const linkToken = await magicLinkToken(ctx, person.email ?? '');
      const browser = new TestClient(ctx.app);
      expect((await browser.post('/api/auth/session', { token: linkToken })).status).toBe(200);
      const sessionToken = browser.cookie(SESSION_COOKIE);
      expect(sessionToken).toBeTruthy();

      const stored = JSON.stringify([
        await ctx.deps.db.selectFrom('login_tokens').selectAll().where('person_id', '=', person.id).execute(),
        await ctx.deps.db.selectFrom('sessions').selectAll().where('person_id', '=', person.id).execute(),
      ]);
      expect(stored).toContain(person.id);
      expect(stored).not.toContain(linkToken);
      expect(stored).not.toContain(sessionToken);
    });

    it('sets an HttpOnly, SameSite=Lax session cookie, not Secure on http://localhost', async () => {
      const person = await addPerson(ctx);
      const response = await new TestClient(ctx.app).post('/api/auth/session', { token: await magicLinkToken(ctx, person.email ?? '') });
      const session = setCookie(response, SESSION_COOKIE);
      expect(session).toMatch(/; HttpOnly/);
      expect(session).toMatch(/; SameSite=Lax/);
      expect(session).not.toMatch(/; Secure/);
      // The app must read the CSRF token to echo it; the session token it must never see.
      expect(setCookie(response, CSRF_COOKIE)).not.toMatch(/HttpOnly/);
    });

    it('signs out on this device only', async () => {
      const person = await addPerson(ctx);
      const [phone, laptop] = [await signedInClient(ctx, person.id), await signedInClient(ctx, person.id)];
      const phoneCookie = phone.cookie(SESSION_COOKIE);

      const signedOut = await phone.delete('/api/auth/session');
      expect(signedOut.status).toBe(200);
      expect(setCookie(signedOut, SESSION_COOKIE)).toMatch(/Max-Age=0/);
      expect(await whoAmI(phone)).toBe(401);
      // The old cookie, had the phone kept it, no longer works either.
      expect((await ctx.app.request('/api/me', { headers: { cookie: `${SESSION_COOKIE}=${phoneCookie}` } })).status).toBe(401);
      expect(await whoAmI(laptop)).toBe(person.id);
    });

    it('signs out on every device, and only for this person', async () => {
      const [person, other] = [await addPerson(ctx), await addPerson(ctx)];
      const [phone, laptop, colleague] = [
        await signedInClient(ctx, person.id),
        await signedInClient(ctx, person.id),
        await signedInClient(ctx, other.id),
      ];
      expect((await laptop.delete('/api/auth/sessions')).status).toBe(200);
      expect([await whoAmI(phone), await whoAmI(laptop), await whoAmI(colleague)]).toEqual([401, 401, other.id]);
      expect(await ctx.deps.db.selectFrom('sessions').select('token_hash').where('person_id', '=', person.id).execute()).toEqual([]);
    });

    it('ends a session after 180 days without use', async () => {
      const person = await addPerson(ctx);
      const [used, unused] = [await signedInClient(ctx, person.id), await signedInClient(ctx, person.id)];
      ctx.clock.advance(179 * DAY);
      expect(await whoAmI(used)).toBe(person.id);
      ctx.clock.advance(2 * DAY);
      expect(await whoAmI(unused)).toBe(401);
      expect(await whoAmI(used)).toBe(person.id);
    });

    it('extends a session that is used, in the database and in the cookie', async () => {
      const person = await addPerson(ctx);
      const phone = await signedInClient(ctx, person.id);
      // Within a day of the last extension, nothing is written.
      expect(setCookie(await phone.get('/api/me'), SESSION_COOKIE)).toBeUndefined();

      for (let visit = 1; visit <= 3; visit++) {
        ctx.clock.advance(100 * DAY);
        const response = await phone.get('/api/me');
        expect(response.status).toBe(200);
        // The browser would drop a cookie that outlived its Max-Age, however alive the session is.
        expect(setCookie(response, SESSION_COOKIE)).toMatch(new RegExp(`Max-Age=${authPolicy.sessionTtlMs / 1000}`));
      }
      ctx.clock.advance(181 * DAY);
      expect(await whoAmI(phone)).toBe(401);
    });

    it('clears the cookies on signing out, even when that same request extended the session', async () => {
      const phone = await signedInClient(ctx, (await addPerson(ctx)).id);
      ctx.clock.advance(2 * DAY);
      const response = await phone.delete('/api/auth/session');
      expect(response.status).toBe(200);
      expect(response.headers.getSetCookie().filter((c) => c.startsWith(`${SESSION_COOKIE}=`)).at(-1)).toMatch(/Max-Age=0/);
      expect(phone.cookie(SESSION_COOKIE)).toBeUndefined();
    });
  });

  describe('sessions on an https address', () => {
    it('sets Secure cookies', async () => {
      const person = await addPerson(https);
      const response = await new TestClient(https.app).post('/api/auth/session', { token: await magicLinkToken(https, person.email ?? '') });
      expect(setCookie(response, SESSION_COOKIE)).toMatch(/; Secure/);
      expect(setCookie(response, SESSION_COOKIE)).toMatch(/; HttpOnly/);
      expect(setCookie(response, CSRF_COOKIE)).toMatch(/; Secure/);
    });
  });
});
