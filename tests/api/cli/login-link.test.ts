import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliError } from '../../../server/cli/cli-error';
import { createLoginLink } from '../../../server/cli/login-link';
import { testDatabases } from '../../helpers/databases';
import { addPerson, createTestContext, TEST_PUBLIC_URL, TestClient, type TestContext } from '../../helpers/test-app';

describe.each(testDatabases())('leerlust login-link ($name)', (kind) => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await createTestContext(kind);
  });
  afterEach(async () => {
    await ctx.close();
  });
  // Only what the CLI has: a database, a clock and the public URL; no mailer, no app.
  const linkFor = (who: string) => createLoginLink({ db: ctx.deps.db, clock: ctx.clock, config: { publicUrl: TEST_PUBLIC_URL } }, who);

  it('prints a one-time URL whose token signs the person in', async () => {
    const person = await addPerson(ctx);
    const link = await linkFor(person.email?.toUpperCase() ?? '');

    expect(link.url.startsWith(`${TEST_PUBLIC_URL}/signin/verify#token=`)).toBe(true);
    expect(link.person.id).toBe(person.id);
    const token = new URL(link.url).hash.replace('#token=', '');
    const browser = new TestClient(ctx.app);
    expect((await browser.post('/api/auth/session', { token })).status).toBe(200);
    expect((await (await browser.get('/api/me')).json()).id).toBe(person.id);
    expect((await new TestClient(ctx.app).post('/api/auth/session', { token })).status).toBe(400);
  });

  it('finds someone without e-mail by id', async () => {
    const person = await addPerson(ctx, { email: null });
    expect((await linkFor(person.id)).person.id).toBe(person.id);
  });

  it('says so when there is no such person', async () => {
    await expect(linkFor('nobody@example.com')).rejects.toThrow(new CliError('No one with e-mail nobody@example.com'));
    await expect(linkFor('00000000-0000-4000-8000-000000000000')).rejects.toThrow('No one with id');
    await expect(linkFor('nobody')).rejects.toThrow('neither an e-mail address nor a person id');
  });
});
