import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoOrganisation } from '../../server/demo/demo-organisation';
import { createMemoryLogger } from '../../server/http/logger';
import { leaderboardSchema } from '../../shared/schemas/leaderboards';
import { myRewardsSchema } from '../../shared/schemas/rewards';
import { testDatabases } from '../helpers/databases';
import { createTestContext, signedInClient, type TestContext } from '../helpers/test-app';

describe.each(testDatabases())('the demo organisation’s rewards ($name)', (kind) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
    ctx.clock.set('2026-11-26T20:00:00Z');
    await loadDemoOrganisation(ctx.deps.db, ctx.clock(), createMemoryLogger());
  });
  afterAll(() => ctx.close());

  const signIn = async (email: string) => {
    const person = await ctx.deps.db.selectFrom('people').select('id').where('email', '=', email).executeTakeFirstOrThrow();
    return signedInClient(ctx, person.id);
  };

  it('has a running monthly competition, a year-end raffle with a published commitment and a few prizes', async () => {
    const rewards = myRewardsSchema.parse(await (await (await signIn('sanne@anker.example')).get('/api/rewards')).json());
    const byRule = Object.fromEntries(rewards.competitions.map((c) => [c.rule, c]));
    expect(byRule.top_learners).toMatchObject({ status: 'running', startsAt: '2026-10-31T23:00:00.000Z', endsAt: '2026-11-30T23:00:00.000Z' });
    expect(byRule.raffle).toMatchObject({ status: 'running', endsAt: '2026-12-31T23:00:00.000Z', commitment: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(byRule.milestone?.status).toBe('running');
    const prizes = await ctx.deps.db.selectFrom('prizes').select(['kind', 'name']).execute();
    expect(prizes.map((p) => p.kind).sort()).toEqual(['clothing', 'clothing', 'training', 'voucher']);
  });

  it('has people on this month’s board who opted in, and nobody else', async () => {
    const board = leaderboardSchema.parse(await (await (await signIn('mark@anker.example')).get('/api/leaderboards')).json());
    expect(board.people.map((p) => p.name)).toEqual(['Aisha El Amrani', 'Tomasz Nowak']);
    expect(JSON.stringify(board)).not.toContain('Daan');
  });
});
