import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminAwardListSchema, competitionListSchema, competitionSchema, myRewardsSchema, publishedDrawSchema, type MyRewards } from '../../shared/schemas/rewards';
import { expectApiError } from '../helpers/api-error';
import { testDatabases } from '../helpers/databases';
import { addTeam } from '../helpers/organisation';
import { addPoints, addPrize, weeklyMoments } from '../helpers/rewards';
import { addTargetGroup } from '../helpers/target-groups';
import { addPerson, createTestContext, signedInClient, type TestClient, type TestContext } from '../helpers/test-app';

const DAY = 86_400_000;

/** Competitions aimed at target groups (teams, roles, languages), as campaigns are: only matching people take part. */
describe.each(testDatabases())('competition target groups ($name)', (kind) => {
  let ctx: TestContext;
  let admin: TestClient;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    admin = await signedInClient(ctx, (await addPerson(ctx, { role: 'admin' })).id);
  });
  afterAll(() => ctx.close());

  const ago = (days: number) => new Date(ctx.clock().getTime() - days * DAY).toISOString();
  const mineIn = async (personId: string, competitionId: string) => {
    const rewards: MyRewards = myRewardsSchema.parse(await (await (await signedInClient(ctx, personId)).get('/api/rewards')).json());
    return rewards.competitions.find((c) => c.id === competitionId)?.mine;
  };
  const open = async (body: Record<string, unknown>) => {
    const prizeId = (await addPrize(ctx, { stock: 10 })).id;
    const response = await admin.post('/api/admin/competitions', { rule: 'top_learners', title: 'Targeted', prizeId, startsAt: ago(10), endsAt: new Date(ctx.clock().getTime() + 20 * DAY).toISOString(), ...body });
    expect(response.status).toBe(201);
    return competitionSchema.parse(await response.json());
  };

  it('stores and shows the target groups, empty by default', async () => {
    const team = await addTeam(ctx);
    const targeted = await open({ targetTeamIds: [team.id], targetRoles: ['manager'], targetLanguages: ['nl'] });
    expect(targeted).toMatchObject({ targetDepartmentIds: [], targetTeamIds: [team.id], targetRoles: ['manager'], targetLanguages: ['nl'] });
    const listed = competitionListSchema.parse(await (await admin.get('/api/admin/competitions')).json()).competitions;
    expect(listed.find((c) => c.id === targeted.id)).toMatchObject({ targetTeamIds: [team.id], targetRoles: ['manager'], targetLanguages: ['nl'] });
    expect(await open({})).toMatchObject({ targetDepartmentIds: [], targetTeamIds: [], targetRoles: [], targetLanguages: [] });
  });

  it('refuses unknown roles and languages', async () => {
    const prizeId = (await addPrize(ctx)).id;
    const base = { rule: 'top_learners', title: 'Bad', prizeId, startsAt: ago(1), endsAt: ago(-1) };
    await expectApiError(await admin.post('/api/admin/competitions', { ...base, targetRoles: ['boss'] }), 400, 'validation_failed');
    await expectApiError(await admin.post('/api/admin/competitions', { ...base, targetLanguages: ['fr'] }), 400, 'validation_failed');
  });

  it('makes only the members of a saved target group eligible, decided by the group’s own rule, and refuses an unknown group', async () => {
    const group = await addTargetGroup(ctx, [{ kind: 'role', roles: ['manager'] }]);
    const competition = await open({ targetGroupIds: [group.id] });
    expect(competition.targetGroupIds).toEqual([group.id]);
    const manager = await addPerson(ctx, { role: 'manager' });
    const employee = await addPerson(ctx, { role: 'employee' });
    expect(await mineIn(manager.id, competition.id)).toEqual({ eligible: true, points: 0, position: null });
    expect(await mineIn(employee.id, competition.id)).toBeUndefined();
    // The group is in use: it cannot be deleted from under the competition.
    await expectApiError(await admin.delete(`/api/admin/target-groups/${group.id}`), 409, 'group_in_use');
    const before = (await ctx.deps.db.selectFrom('competitions').select('id').execute()).length;
    const prizeId = (await addPrize(ctx)).id;
    await expectApiError(await admin.post('/api/admin/competitions', { rule: 'top_learners', title: 'Unknown group', prizeId, startsAt: ago(1), endsAt: ago(-1), targetGroupIds: [crypto.randomUUID()] }), 422, 'unknown_group');
    expect((await ctx.deps.db.selectFrom('competitions').select('id').execute()).length).toBe(before);
  });

  it('makes only the target team eligible', async () => {
    const [mine, other] = [await addTeam(ctx), await addTeam(ctx)];
    const competition = await open({ targetTeamIds: [mine.id] });
    const inside = await addPerson(ctx, { teamId: mine.id });
    const outside = await addPerson(ctx, { teamId: other.id });
    const teamless = await addPerson(ctx);
    expect(await mineIn(inside.id, competition.id)).toEqual({ eligible: true, points: 0, position: null });
    expect(await mineIn(outside.id, competition.id)).toBeUndefined();
    expect(await mineIn(teamless.id, competition.id)).toBeUndefined();
  });

  it('makes only the target role eligible, and never an admin', async () => {
    const competition = await open({ targetRoles: ['manager', 'admin'] });
    const manager = await addPerson(ctx, { role: 'manager' });
    const employee = await addPerson(ctx, { role: 'employee' });
    expect(await mineIn(manager.id, competition.id)).toMatchObject({ eligible: true });
    expect(await mineIn(employee.id, competition.id)).toBeUndefined();
    const adminPerson = await addPerson(ctx, { role: 'admin' });
    expect(await mineIn(adminPerson.id, competition.id)).toBeUndefined();
  });

  it('combines criteria: eligible only when matching every non-empty one; standings and the award count only them', async () => {
    const [mine, other] = [await addTeam(ctx), await addTeam(ctx)];
    const competition = await open({ targetTeamIds: [mine.id], targetRoles: ['manager'], targetLanguages: ['nl'] });
    const fits = await addPerson(ctx, { teamId: mine.id, role: 'manager', language: 'nl' });
    const wrongRole = await addPerson(ctx, { teamId: mine.id, role: 'employee', language: 'nl' });
    const wrongLanguage = await addPerson(ctx, { teamId: mine.id, role: 'manager', language: 'en' });
    const wrongTeam = await addPerson(ctx, { teamId: other.id, role: 'manager', language: 'nl' });
    for (const [person, points] of [[fits, 10], [wrongRole, 90], [wrongLanguage, 80], [wrongTeam, 70]] as const) await addPoints(ctx, person.id, ago(2), points);

    // Ahead of three people with more points: they are not in it.
    expect(await mineIn(fits.id, competition.id)).toEqual({ eligible: true, points: 10, position: 1 });
    for (const person of [wrongRole, wrongLanguage, wrongTeam]) expect(await mineIn(person.id, competition.id)).toBeUndefined();

    ctx.clock.advance(21 * DAY);
    expect((await admin.post(`/api/admin/competitions/${competition.id}/settle`)).status).toBe(200);
    const awards = adminAwardListSchema.parse(await (await admin.get('/api/admin/awards')).json()).awards.filter((a) => a.competitionId === competition.id);
    expect(awards.map((a) => a.personId)).toEqual([fits.id]);
    ctx.clock.advance(-21 * DAY);
  });

  it('gives raffle tickets only to people in the target groups', async () => {
    const [mine, other] = [await addTeam(ctx), await addTeam(ctx)];
    const competition = await open({ rule: 'raffle', startsAt: ago(70), endsAt: ago(-1), winners: 5, targetTeamIds: [mine.id], targetRoles: ['employee'] });
    const inside = await Promise.all([1, 2].map(() => addPerson(ctx, { teamId: mine.id })));
    const outside = [await addPerson(ctx, { teamId: mine.id, role: 'manager' }), await addPerson(ctx, { teamId: other.id })];
    for (const person of [...inside, ...outside]) for (const at of weeklyMoments(new Date(ctx.clock().getTime() - DAY), 3)) await addPoints(ctx, person.id, at, 10);
    const outsider = await signedInClient(ctx, outside[0]?.id ?? '');
    const insider = await signedInClient(ctx, inside[0]?.id ?? '');

    ctx.clock.advance(2 * DAY);
    expect((await admin.post(`/api/admin/competitions/${competition.id}/settle`)).status).toBe(200);
    const seenByInsider = publishedDrawSchema.parse(await (await insider.get(`/api/competitions/${competition.id}/draw`)).json());
    expect(seenByInsider.tickets?.map((t) => t.tickets)).toEqual([3, 3]);
    expect(seenByInsider.tickets?.some((t) => t.holder === seenByInsider.myHolderCode)).toBe(true);
    // Not meant for them: to them the raffle does not exist (not even its title); the admin who runs it sees it.
    const seenByOutsider = await outsider.get(`/api/competitions/${competition.id}/draw`);
    expect(seenByOutsider.status).toBe(404);
    expect(await seenByOutsider.text()).not.toContain(competition.title);
    expect(publishedDrawSchema.parse(await (await admin.get(`/api/competitions/${competition.id}/draw`)).json()).myHolderCode).toBeNull();
    const awards = adminAwardListSchema.parse(await (await admin.get('/api/admin/awards')).json()).awards.filter((a) => a.competitionId === competition.id);
    expect(awards.map((a) => a.personId).sort()).toEqual(inside.map((p) => p.id).sort());
    ctx.clock.advance(-2 * DAY);
  });
});
