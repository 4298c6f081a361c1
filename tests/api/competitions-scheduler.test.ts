import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSchedulerFor } from '../../server/jobs/scheduler-loop';
import { testDatabases } from '../helpers/databases';
import { addTeam } from '../helpers/organisation';
import { addCompetition, addPoints } from '../helpers/rewards';
import { addPerson, createTestContext, type TestContext } from '../helpers/test-app';

const DAY = 86_400_000;

describe.each(testDatabases())('competitions settled by the scheduler ($name)', (kind) => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
  });
  afterAll(() => ctx.close());

  /** One scheduler tick as main.ts runs it: the first tick runs at start, stop() waits for it. */
  async function tick() {
    const scheduler = await startSchedulerFor(ctx.database, ctx.deps.config, ctx.deps.log, ctx.clock, 3_600_000);
    await scheduler.stop();
  }

  const settledAt = async (id: string) =>
    (await ctx.deps.db.selectFrom('competitions').select('settled_at').where('id', '=', id).executeTakeFirstOrThrow()).settled_at;
  const prizeNotices = (personId: string) =>
    ctx.deps.db.selectFrom('notifications').select(['title', 'url']).where('person_id', '=', personId).where('kind', '=', 'prize_won').execute();

  it('fixes the winners of a competition whose period ended and tells them, without anyone opening the app, once', async () => {
    const team = await addTeam(ctx);
    const ended = await addCompetition(ctx, { ended: true, targetDepartmentIds: [team.department_id] });
    const raffle = await addCompetition(ctx, { ended: true, rule: 'raffle', targetDepartmentIds: [team.department_id] });
    const running = await addCompetition(ctx, { targetDepartmentIds: [team.department_id] });
    const winner = await addPerson(ctx, { teamId: team.id });
    await addPoints(ctx, winner.id, new Date(ctx.clock().getTime() - 5 * DAY).toISOString(), 40);

    await tick();

    expect(await settledAt(ended.id)).toBe(ctx.clock().toISOString());
    expect(await settledAt(raffle.id)).toBe(ctx.clock().toISOString());
    expect(await settledAt(running.id)).toBeNull();
    // The only learner wins both: the top-learners prize and the single raffle ticket holder.
    expect(await prizeNotices(winner.id)).toEqual([
      { title: 'You won a prize!', url: '/prizes?source=push' },
      { title: 'You won a prize!', url: '/prizes?source=push' },
    ]);

    ctx.clock.advance(60_000);
    await tick();
    expect(await prizeNotices(winner.id)).toHaveLength(2);
    expect(await settledAt(ended.id)).not.toBe(ctx.clock().toISOString());
  });
});
