import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonRow } from '../../server/features/people/people.table';
import { testDatabases } from '../helpers/databases';
import { tokenFromMail } from '../helpers/smtp-server';
import { addPerson, createTestContext, signedInClient, TestClient, type TestContext } from '../helpers/test-app';

describe.each(testDatabases())('sign-up for the organisation\'s e-mail domains ($name)', (kind) => {
  let ctx: TestContext;
  let admin: PersonRow;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    admin = await addPerson(ctx, { role: 'admin' });
    const response = await (await signedInClient(ctx, admin.id)).request('PUT', '/api/admin/sign-up', { domains: [' Anker.Example '], defaultLanguage: 'nl' });
    expect(response.status, await response.clone().text()).toBe(200);
    expect(await response.json()).toEqual({ domains: ['anker.example'], defaultLanguage: 'nl' });
  });
  afterAll(() => ctx.close());

  /** Asks for a link as the sign-in form does; every answer is the same 202, whoever asks. */
  async function askForLink(email: string, language?: 'nl' | 'en') {
    const response = await new TestClient(ctx.app).post('/api/auth/magic-link', { email, ...(language && { language }) });
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ ok: true });
    return ctx.sentMail.filter((m) => m.to === email.toLowerCase()).at(-1);
  }

  async function openLink(mail: { text?: string } | undefined) {
    const browser = new TestClient(ctx.app);
    const response = await browser.post('/api/auth/session', { token: tokenFromMail(mail ?? {}) });
    return { response, browser };
  }

  const personWith = (email: string) => ctx.deps.db.selectFrom('people').selectAll().where('email', '=', email).executeTakeFirst();

  it('makes an unknown address in an allowed domain an employee at the first sign-in, in the language the phone showed', async () => {
    const mail = await askForLink('Nieuw.Collega@anker.example', 'en');
    expect(mail?.subject).toBe('Your Leerlust sign-in link');
    // Asking makes no one: only opening the link does, so an address nobody reads never becomes a person.
    expect(await personWith('nieuw.collega@anker.example')).toBeUndefined();
    const { response, browser } = await openLink(mail);
    expect(response.status).toBe(200);
    expect(await personWith('nieuw.collega@anker.example')).toMatchObject({ role: 'employee', language: 'en', name: 'Nieuw Collega', department_id: null, team_id: null });
    expect((await (await browser.get('/api/me')).json()).email).toBe('nieuw.collega@anker.example');
    // The link works once.
    expect((await openLink(mail)).response.status).toBe(400);
  });

  it('keeps the language a known person saw before joining: for the mail and the app after it; someone who joined keeps theirs', async () => {
    const imported = await addPerson(ctx, { email: 'geimporteerd@anker.example', language: 'nl' });
    const mail = await askForLink('geimporteerd@anker.example', 'en');
    expect(mail?.subject).toBe('Your Leerlust sign-in link');
    const response = await new TestClient(ctx.app).post('/api/auth/session', { token: tokenFromMail(mail ?? {}), language: 'en' });
    expect(response.status).toBe(200);
    expect((await personWith(imported.email ?? ''))?.language).toBe('en');

    // Joined: their language is what they chose, whatever the phone shows at a later sign-in.
    await ctx.deps.db.updateTable('people').set({ language: 'nl' }).where('id', '=', imported.id).execute();
    const later = await askForLink('geimporteerd@anker.example', 'en');
    expect(later?.subject).toBe('Je inloglink voor Leerlust');
    await new TestClient(ctx.app).post('/api/auth/session', { token: tokenFromMail(later ?? {}), language: 'en' });
    expect((await personWith(imported.email ?? ''))?.language).toBe('nl');
  });

  it("gives someone whose phone speaks neither language the organisation's default", async () => {
    const mail = await askForLink('zonder.taal@anker.example');
    expect(mail?.subject).toBe('Je inloglink voor Leerlust');
    expect((await openLink(mail)).response.status).toBe(200);
    expect((await personWith('zonder.taal@anker.example'))?.language).toBe('nl');
  });

  it('sends nothing to an address outside the allowed domains, with the same answer', async () => {
    expect(await askForLink('iemand@elders.example')).toBeUndefined();
    expect(await ctx.deps.db.selectFrom('sign_up_tokens').select('email').where('email', '=', 'iemand@elders.example').execute()).toEqual([]);
  });

  it('refuses a person who left: no mail, and an old link no longer opens', async () => {
    const leaver = await addPerson(ctx, { email: 'vertrokken@anker.example' });
    const oldMail = await askForLink('vertrokken@anker.example');
    expect(oldMail).toBeDefined();
    await ctx.deps.db.updateTable('people').set({ left_at: ctx.clock().toISOString() }).where('id', '=', leaver.id).execute();
    const before = ctx.sentMail.length;
    await askForLink('vertrokken@anker.example');
    expect(ctx.sentMail.length).toBe(before);
    expect((await openLink(oldMail)).response.status).toBe(400);
  });

  it('does not make the person when the domain was taken off the list before the link was opened', async () => {
    const mail = await askForLink('te.laat@anker.example');
    const adminClient = await signedInClient(ctx, admin.id);
    await adminClient.request('PUT', '/api/admin/sign-up', { domains: [], defaultLanguage: 'nl' });
    expect((await openLink(mail)).response.status).toBe(400);
    expect(await personWith('te.laat@anker.example')).toBeUndefined();
    await adminClient.request('PUT', '/api/admin/sign-up', { domains: ['anker.example'], defaultLanguage: 'nl' });
  });

  it('keeps the setting for admins, and every change in the audit log', async () => {
    const employee = await signedInClient(ctx, (await addPerson(ctx)).id);
    expect((await employee.get('/api/admin/sign-up')).status).toBe(403);
    expect((await employee.request('PUT', '/api/admin/sign-up', { domains: ['evil.example'], defaultLanguage: 'en' })).status).toBe(403);
    const entries = await ctx.deps.db.selectFrom('audit_log').select(['actor_id', 'action', 'detail']).where('action', '=', 'sign_up.update').execute();
    expect(entries[0]).toEqual({ actor_id: admin.id, action: 'sign_up.update', detail: JSON.stringify({ domains: ['anker.example'], defaultLanguage: 'nl' }) });
    const adminClient = await signedInClient(ctx, admin.id);
    expect((await adminClient.request('PUT', '/api/admin/sign-up', { domains: ['not a domain'], defaultLanguage: 'nl' })).status).toBe(400);
  });

  it("tells anyone the organisation's default language and nothing else, so a French phone reads, and is mailed, in it", async () => {
    const anonymous = new TestClient(ctx.app);
    const before = await anonymous.get('/api/organisation/language');
    expect(before.status).toBe(200);
    expect(await before.json()).toEqual({ defaultLanguage: 'nl' });

    const adminClient = await signedInClient(ctx, admin.id);
    await adminClient.request('PUT', '/api/admin/sign-up', { domains: ['anker.example'], defaultLanguage: 'en' });
    const { defaultLanguage } = (await (await anonymous.get('/api/organisation/language')).json()) as { defaultLanguage: 'nl' | 'en' };
    expect(defaultLanguage).toBe('en');
    // The app on a French phone shows the default and asks for the link in the language it shows.
    const mail = await askForLink('francais@anker.example', defaultLanguage);
    expect(mail?.subject).toBe('Your Leerlust sign-in link');
    const { response } = await openLink(mail);
    expect(response.status).toBe(200);
    expect((await personWith('francais@anker.example'))?.language).toBe('en');
    await adminClient.request('PUT', '/api/admin/sign-up', { domains: ['anker.example'], defaultLanguage: 'nl' });
  });
});
