import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../helpers/databases';
import { startTestSmtpServer, tokenFromMail, type TestSmtpServer } from '../helpers/smtp-server';
import { addPerson, createTestContext, TestClient, type TestContext } from '../helpers/test-app';

describe.each(testDatabases())('sign-in with a magic link ($name)', (kind) => {
  let ctx: TestContext;
  let smtp: TestSmtpServer;

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    ctx = await createTestContext(kind, { smtpUrl: smtp.url });
  });
  afterAll(async () => {
    await ctx.close();
    await smtp.close();
  });

  it('mails a one-time link over SMTP that signs the person in', async () => {
    const person = await addPerson(ctx, { language: 'nl' });
    const browser = new TestClient(ctx.app);
    const asked = await browser.post('/api/auth/magic-link', { email: person.email?.toUpperCase() });
    expect(asked.status).toBe(202);

    const mail = await smtp.waitForMail(person.email ?? '');
    expect(mail.subject).toBe('Je inloglink voor Leerlust');
    const token = tokenFromMail(mail);

    const signedIn = await browser.post('/api/auth/session', { token });
    expect(signedIn.status).toBe(200);
    const cookie = signedIn.headers.getSetCookie().find((c) => c.startsWith('leerlust_session='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect((await (await browser.get('/api/me')).json()).id).toBe(person.id);

    const reused = await new TestClient(ctx.app).post('/api/auth/session', { token });
    expect(reused.status).toBe(400);
    expect((await reused.json()).error.code).toBe('link_invalid');
  });
});
