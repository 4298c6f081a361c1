import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyDraw } from '../../shared/domain/draw';
import { sha256 } from '@noble/hashes/sha2.js';
import { adminAwardListSchema, competitionSchema, myRewardsSchema, publishedDrawSchema, type MyRewards } from '../../shared/schemas/rewards';
import { expectApiError } from '../helpers/api-error';
import { testDatabases } from '../helpers/databases';
import { addLearningItem, sendEvents } from '../helpers/learning';
import { addTeam } from '../helpers/organisation';
import { addCompetition, addPoints, addPrize, weeklyMoments } from '../helpers/rewards';
import { addPerson, createTestContext, signedInClient, type TestClient, type TestContext } from '../helpers/test-app';

const DAY = 86_400_000;

describe.each(testDatabases())('competitions ($name)', (kind) => {
  let ctx: TestContext;
  let admin: TestClient;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    admin = await signedInClient(ctx, (await addPerson(ctx, { role: 'admin' })).id);
  });
  afterAll(() => ctx.close());

  const rewardsOf = async (client: TestClient): Promise<MyRewards> => {
    const response = await client.get('/api/rewards');
    expect(response.status).toBe(200);
    return myRewardsSchema.parse(await response.json());
  };
  const entry = (rewards: MyRewards, id: string) => rewards.competitions.find((c) => c.id === id);
  const ago = (days: number) => new Date(ctx.clock().getTime() - days * DAY).toISOString();

  it('shows a person their own points and place in a running top-learners competition, and it moves as they learn', async () => {
    const team = await addTeam(ctx);
    const competition = await addCompetition(ctx, { targetDepartmentIds: [team.department_id] });
    const [me, rival] = [await addPerson(ctx, { teamId: team.id }), await addPerson(ctx, { teamId: team.id })];
    await addPoints(ctx, rival.id, ago(2), 15);
    const phone = await signedInClient(ctx, me.id);
    expect(entry(await rewardsOf(phone), competition.id)?.mine).toEqual({ eligible: true, points: 0, position: null });

    const item = (await addLearningItem(ctx, 'micro')).id;
    await sendEvents(ctx, phone, [{ kind: 'training_completed', itemId: item }]);
    expect(entry(await rewardsOf(phone), competition.id)?.mine).toEqual({ eligible: true, points: 10, position: 2 });
    await addPoints(ctx, me.id, ctx.clock().toISOString(), 10);
    expect(entry(await rewardsOf(phone), competition.id)?.mine).toEqual({ eligible: true, points: 20, position: 1 });
    // Nothing about the rival: only the person's own figures.
    expect(JSON.stringify(await rewardsOf(phone))).not.toContain(rival.id);
  });

  it('after the end, awards the top learners (ties to whoever reached the score first) while stock lasts, once', async () => {
    const team = await addTeam(ctx);
    const prize = await addPrize(ctx, { stock: 5 });
    const competition = await addCompetition(ctx, { prizeId: prize.id, winners: 2, targetDepartmentIds: [team.department_id] });
    const [first, tieLate, tieEarly, last] = await Promise.all([1, 2, 3, 4].map(() => addPerson(ctx, { teamId: team.id })));
    if (!first || !tieLate || !tieEarly || !last) throw new Error('people');
    await addPoints(ctx, first.id, ago(5), 50);
    await addPoints(ctx, tieLate.id, ago(1), 30);
    await addPoints(ctx, tieEarly.id, ago(3), 30);
    await addPoints(ctx, last.id, ago(2), 5);
    // Outside the period: does not count.
    await addPoints(ctx, last.id, ago(30), 500);

    ctx.clock.advance(21 * DAY);
    const tieEarlyPhone = await signedInClient(ctx, tieEarly.id);
    const [rewards] = await Promise.all([rewardsOf(tieEarlyPhone), rewardsOf(await signedInClient(ctx, last.id))]);
    expect(entry(rewards, competition.id)?.status).toBe('settled');
    expect(rewards.awards).toEqual([expect.objectContaining({ competitionId: competition.id, position: 2, claimedAt: null })]);
    expect((await rewardsOf(await signedInClient(ctx, tieLate.id))).awards).toEqual([]);
    // Winners are told: a notice in their inbox (pushed to their devices when they have any); losers get none.
    const notices = await ctx.deps.db.selectFrom('notifications').select(['person_id', 'kind', 'title', 'url']).where('kind', '=', 'prize_won').execute();
    expect(notices.filter((n) => [first.id, tieEarly.id].includes(n.person_id))).toEqual([
      expect.objectContaining({ title: 'You won a prize!', url: '/prizes?source=push' }),
      expect.objectContaining({ title: 'You won a prize!', url: '/prizes?source=push' }),
    ]);
    expect(notices.filter((n) => [tieLate.id, last.id].includes(n.person_id))).toEqual([]);

    const awards = adminAwardListSchema.parse(await (await admin.get('/api/admin/awards')).json()).awards.filter((a) => a.competitionId === competition.id);
    expect(awards.map((a) => [a.personId, a.position])).toEqual([[first.id, 1], [tieEarly.id, 2]]);
    const prizes = (await (await admin.get('/api/admin/prizes')).json()) as { prizes: { id: string; stock: number }[] };
    expect(prizes.prizes.find((p) => p.id === prize.id)?.stock).toBe(3);
    ctx.clock.advance(-21 * DAY);
  });

  it('lets the winner claim and the admin hand over, in that order; no one else can claim it', async () => {
    const team = await addTeam(ctx);
    const competition = await addCompetition(ctx, { targetDepartmentIds: [team.department_id] });
    const winner = await addPerson(ctx, { teamId: team.id });
    await addPoints(ctx, winner.id, ago(1), 10);
    ctx.clock.advance(21 * DAY);
    const settled = competitionSchema.parse(await (await admin.post(`/api/admin/competitions/${competition.id}/settle`)).json());
    expect(settled.status).toBe('settled');
    const phone = await signedInClient(ctx, winner.id);
    const [award] = (await rewardsOf(phone)).awards;
    if (!award) throw new Error('no award');

    await expectApiError(await admin.post(`/api/admin/awards/${award.id}/handed-over`), 409, 'not_claimed');
    const stranger = await signedInClient(ctx, (await addPerson(ctx)).id);
    await expectApiError(await stranger.post(`/api/awards/${award.id}/claim`), 404, 'not_found');
    expect(await (await phone.post(`/api/awards/${award.id}/claim`)).json()).toMatchObject({ id: award.id, claimedAt: ctx.clock().toISOString() });
    expect(await (await admin.post(`/api/admin/awards/${award.id}/handed-over`)).json()).toMatchObject({ personId: winner.id, handedOverAt: ctx.clock().toISOString() });
    ctx.clock.advance(-21 * DAY);
  });

  it('refuses to settle before the end, and a period that ends before it starts', async () => {
    const competition = await addCompetition(ctx);
    await expectApiError(await admin.post(`/api/admin/competitions/${competition.id}/settle`), 409, 'not_ended');
    const prizeId = (await addPrize(ctx)).id;
    const body = { rule: 'top_learners', title: 'Backwards', prizeId, startsAt: ago(1), endsAt: ago(2) };
    await expectApiError(await admin.post('/api/admin/competitions', body), 400, 'bad_period');
  });

  it('runs a raffle anyone can verify: commitment first, then seed, pseudonymous tickets (capped) and winners', async () => {
    const team = await addTeam(ctx);
    const prizeId = (await addPrize(ctx, { stock: 10 })).id;
    const body = { rule: 'raffle', title: 'Year-end raffle', prizeId, startsAt: ago(70), endsAt: new Date(ctx.clock().getTime() + DAY).toISOString(), winners: 2, ticketCap: 4, targetDepartmentIds: [team.department_id] };
    const created = competitionSchema.parse(await (await admin.post('/api/admin/competitions', body)).json());
    expect(created.commitment).toMatch(/^[0-9a-f]{64}$/);

    const people = await Promise.all([1, 2, 3, 4, 5].map((i) => addPerson(ctx, { teamId: team.id, name: `Raffle Person ${i}` })));
    for (const [i, person] of people.entries()) {
      for (const at of weeklyMoments(new Date(ctx.clock().getTime() - DAY), i + 2)) await addPoints(ctx, person.id, at, 10);
    }
    const phone = await signedInClient(ctx, people[4]?.id ?? '');
    const before = publishedDrawSchema.parse(await (await phone.get(`/api/competitions/${created.id}/draw`)).json());
    expect(before).toMatchObject({ commitment: created.commitment, seed: null, tickets: null, winners: null });
    // Six counted weeks, capped at four.
    expect(entry(await rewardsOf(phone), created.id)?.mine).toMatchObject({ tickets: 4, holderCode: before.myHolderCode });

    ctx.clock.advance(2 * DAY);
    await rewardsOf(phone);
    const text = await (await phone.get(`/api/competitions/${created.id}/draw`)).text();
    const published = publishedDrawSchema.parse(JSON.parse(text));
    for (const person of people) {
      expect(text).not.toContain(person.id);
      expect(text).not.toContain(person.name);
    }
    expect(published.tickets?.map((t) => t.tickets).sort()).toEqual([2, 3, 4, 4, 4]);
    expect(published.tickets?.some((t) => t.holder === published.myHolderCode)).toBe(true);
    const seed = published.seed ?? '';
    expect(Buffer.from(sha256(Buffer.from(seed, 'hex'))).toString('hex')).toBe(created.commitment);
    const check = verifyDraw({ commitment: published.commitment, seed, tickets: published.tickets ?? [], prizes: published.prizes, winners: published.winners ?? [] });
    expect(check).toMatchObject({ commitmentMatches: true, winnersMatch: true });

    const awards = adminAwardListSchema.parse(await (await admin.get('/api/admin/awards')).json()).awards.filter((a) => a.competitionId === created.id);
    expect(awards).toHaveLength(2);
    ctx.clock.advance(-2 * DAY);
  });

  it('awards a milestone to those who reach it, earliest first, while stock lasts', async () => {
    const team = await addTeam(ctx);
    const prize = await addPrize(ctx, { kind: 'clothing', name: 'Cap', stock: 1 });
    const competition = await addCompetition(ctx, { rule: 'milestone', prizeId: prize.id, milestoneWeeks: 3, startsAt: ago(60), targetDepartmentIds: [team.department_id] });
    const [early, late, short] = [await addPerson(ctx, { teamId: team.id }), await addPerson(ctx, { teamId: team.id }), await addPerson(ctx, { teamId: team.id })];
    for (const at of weeklyMoments(new Date(ctx.clock().getTime() - 14 * DAY), 3)) await addPoints(ctx, early.id, at, 10);
    for (const at of weeklyMoments(ctx.clock(), 3)) await addPoints(ctx, late.id, at, 10);
    for (const at of weeklyMoments(ctx.clock(), 2)) await addPoints(ctx, short.id, at, 10);

    // The later one looks first, yet the earlier one gets the last cap.
    const latePhone = await signedInClient(ctx, late.id);
    const seenByLate = await rewardsOf(latePhone);
    expect(entry(seenByLate, competition.id)?.mine).toMatchObject({ weeksInARow: 3, reached: true, stockLeft: 0 });
    expect(seenByLate.awards).toEqual([]);
    expect((await rewardsOf(await signedInClient(ctx, early.id))).awards).toEqual([expect.objectContaining({ competitionId: competition.id })]);
    expect(entry(await rewardsOf(await signedInClient(ctx, short.id)), competition.id)?.mine).toMatchObject({ weeksInARow: 2, reached: false });
  });

  it('shows a competition only to the people it targets', async () => {
    const [inside, outside] = [await addTeam(ctx), await addTeam(ctx)];
    const competition = await addCompetition(ctx, { targetDepartmentIds: [inside.department_id] });
    const outsider = await signedInClient(ctx, (await addPerson(ctx, { teamId: outside.id })).id);
    expect(entry(await rewardsOf(outsider), competition.id)).toBeUndefined();
    expect(entry(await rewardsOf(await signedInClient(ctx, (await addPerson(ctx, { teamId: inside.id })).id)), competition.id)).toBeDefined();
  });
});
