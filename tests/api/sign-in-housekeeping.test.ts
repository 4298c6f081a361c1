import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSchedulerFor } from '../../server/jobs/scheduler-loop';
import { testDatabases } from '../helpers/databases';
import { addPerson, createTestContext, type TestContext } from '../helpers/test-app';

const MINUTE = 60_000;

describe.each(testDatabases())('sign-in data is kept only while in use ($name)', (kind) => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
  });
  afterAll(() => ctx.close());

  it('deletes expired sessions and sign-in tokens and ended rate-limit windows at the scheduler tick, and keeps the live ones', async () => {
    const now = ctx.clock().getTime();
    const at = (offsetMs: number) => new Date(now + offsetMs).toISOString();
    const person = await addPerson(ctx);
    const session = (hash: string, expiresIn: number) => ({
      token_hash: hash,
      person_id: person.id,
      csrf_token: `csrf-${hash}`,
      created_at: at(-200 * 1440 * MINUTE),
      last_seen_at: at(-MINUTE),
      expires_at: at(expiresIn),
    });
    await ctx.deps.db.insertInto('sessions').values([session('expired-session', -MINUTE), session('live-session', 90 * 1440 * MINUTE)]).execute();
    const token = (hash: string, expiresIn: number) => ({ token_hash: hash, person_id: person.id, kind: 'magic' as const, created_at: at(-20 * MINUTE), expires_at: at(expiresIn), used_at: null });
    await ctx.deps.db.insertInto('login_tokens').values([token('expired-token', -5 * MINUTE), token('live-token', 5 * MINUTE)]).execute();
    await ctx.deps.db
      .insertInto('rate_limits')
      .values([
        { bucket: 'magic-ip:192.0.2.7', window_start: at(-3 * 60 * MINUTE), hits: 4 },
        { bucket: 'magic-ip:192.0.2.7', window_start: at(-10 * MINUTE), hits: 2 },
      ])
      .execute();

    const scheduler = await startSchedulerFor(ctx.database, ctx.deps.config, ctx.deps.log, ctx.clock, 3_600_000);
    await scheduler.stop();

    expect(await ctx.deps.db.selectFrom('sessions').select('token_hash').where('person_id', '=', person.id).execute()).toEqual([{ token_hash: 'live-session' }]);
    expect(await ctx.deps.db.selectFrom('login_tokens').select('token_hash').where('person_id', '=', person.id).execute()).toEqual([{ token_hash: 'live-token' }]);
    expect(await ctx.deps.db.selectFrom('rate_limits').select('window_start').where('bucket', '=', 'magic-ip:192.0.2.7').execute()).toEqual([{ window_start: at(-10 * MINUTE) }]);
  });
});
