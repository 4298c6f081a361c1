import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TeamRow } from '../../server/features/org/org.table';
import type { PersonRow } from '../../server/features/people/people.table';
import type { AdminTeaser } from '../../shared/schemas/authoring';
import type { TargetGroups } from '../../shared/schemas/audience';
import type { Campaign } from '../../shared/schemas/campaigns';
import type { Language } from '../../shared/schemas/common';
import type { Role } from '../../shared/schemas/people';
import type { Teaser } from '../../shared/schemas/teasers';
import { addCampaign, campaignBody, teaserBody } from '../helpers/campaigns';
import { testDatabases, twoConnectionsTo } from '../helpers/databases';
import { addItem, addLearner, addTeaser } from '../helpers/learning';
import { addPerson, createTestContext, signedInClient, type TestClient, type TestContext } from '../helpers/test-app';

const NOW = '2026-03-11T10:00:00.000Z';
const KICKOFF = '2026-03-18T14:00:00.000Z';
const everyone: TargetGroups = { departmentIds: [], teamIds: [], roles: [], languages: [], groupIds: [] };

async function feedIds(client: TestClient): Promise<string[]> {
  const response = await client.get('/api/feed');
  expect(response.status, await response.clone().text()).toBe(200);
  return ((await response.json()) as { teasers: Teaser[] }).teasers.map((t) => t.id);
}

/** A department with its teams, straight to the database. */
async function addDepartment(ctx: TestContext, name: string, teams: string[]): Promise<{ id: string; teams: TeamRow[] }> {
  const at = ctx.clock().toISOString();
  const id = randomUUID();
  await ctx.deps.db.insertInto('departments').values({ id, name, created_at: at }).execute();
  const rows = teams.map((team) => ({ id: randomUUID(), department_id: id, name: team, created_at: at }));
  await ctx.deps.db.insertInto('teams').values(rows).execute();
  return { id, teams: rows };
}

describe.each(testDatabases())('who sees a teaser ($name)', (kind) => {
  let ctx: TestContext;
  let adminPerson: PersonRow;
  let admin: TestClient;
  let kitchen: TeamRow;
  let cleaning: TeamRow;
  let ward: TeamRow;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    ctx.clock.set(NOW);
    ({ person: adminPerson, client: admin } = await addLearner(ctx, { role: 'admin' }));
    [kitchen, cleaning] = (await addDepartment(ctx, 'Facilitair', ['Keuken', 'Schoonmaak'])).teams as [TeamRow, TeamRow];
    [ward] = (await addDepartment(ctx, 'Zorg', ['Afdeling Zonnebloem'])).teams as [TeamRow];
  });
  afterAll(() => ctx.close());
  beforeEach(() => ctx.clock.set(NOW));

  it('keeps the kitchen campaign’s teaser out of a care worker’s feed, before and after the kick-off', async () => {
    const cook = await addLearner(ctx, { role: 'employee', language: 'nl', teamId: kitchen.id });
    const carer = await addLearner(ctx, { role: 'employee', language: 'nl', teamId: ward.id });
    const { id: itemId } = await addItem(ctx, { languages: ['nl'] });
    const teaser = (await (await admin.post('/api/admin/teasers', { ...teaserBody('Messen slijpen in drie minuten.'), itemId })).json()) as AdminTeaser;
    const created = await admin.post('/api/admin/campaigns', campaignBody(ctx, { kickoffAt: KICKOFF, teaserIds: [teaser.id], itemIds: [itemId], target: { ...everyone, teamIds: [kitchen.id], locations: [] } }));
    expect(created.status, await created.clone().text()).toBe(201);
    const campaign = (await created.json()) as Campaign;
    // A draft campaign shows nothing, even after its kick-off.
    ctx.clock.set(KICKOFF);
    expect(await feedIds(cook.client)).not.toContain(teaser.id);
    ctx.clock.set(NOW);
    expect((await admin.post(`/api/admin/campaigns/${campaign.id}/publish`, {})).status).toBe(200);

    for (const client of [cook.client, carer.client]) expect(await feedIds(client)).not.toContain(teaser.id);
    ctx.clock.set(KICKOFF);
    expect(await feedIds(cook.client)).toContain(teaser.id);
    expect(await feedIds(carer.client)).not.toContain(teaser.id);
  });

  it('lets a teaser outside any campaign be targeted itself, and lets its campaign’s groups decide once it is in one', async () => {
    const cook = await addLearner(ctx, { role: 'employee', teamId: kitchen.id });
    const carer = await addLearner(ctx, { role: 'employee', teamId: ward.id });
    const manager = await addLearner(ctx, { role: 'manager', teamId: ward.id });
    const response = await admin.post('/api/admin/teasers', { ...teaserBody(), publishedAt: NOW, target: { ...everyone, teamIds: [ward.id] } });
    expect(response.status, await response.clone().text()).toBe(201);
    const teaser = (await response.json()) as AdminTeaser;
    expect(teaser.target).toEqual({ ...everyone, teamIds: [ward.id] });
    expect(await feedIds(carer.client)).toContain(teaser.id);
    expect(await feedIds(manager.client)).toContain(teaser.id);
    expect(await feedIds(cook.client)).not.toContain(teaser.id);

    const patched = await admin.patch(`/api/admin/teasers/${teaser.id}`, { target: { ...everyone, teamIds: [ward.id], roles: ['manager'] } });
    expect(patched.status).toBe(200);
    expect(await feedIds(carer.client)).not.toContain(teaser.id);
    expect(await feedIds(manager.client)).toContain(teaser.id);

    await addCampaign(ctx, adminPerson, { kickoffAt: '2026-03-11T09:00:00.000Z', teaserIds: [teaser.id], target: { ...everyone, teamIds: [kitchen.id], locations: [] } });
    expect(await feedIds(cook.client)).toContain(teaser.id);
    expect(await feedIds(manager.client)).not.toContain(teaser.id);
  });

  it('keeps a training’s own roles and departments on top of its campaign’s groups', async () => {
    const cook = await addLearner(ctx, { role: 'employee', teamId: kitchen.id });
    const chef = await addLearner(ctx, { role: 'manager', teamId: kitchen.id });
    const { id: itemId } = await addItem(ctx, { targetRoles: ['manager'] });
    const teaserId = await addTeaser(ctx, { itemId, publishedAt: null });
    await addCampaign(ctx, adminPerson, { kickoffAt: '2026-03-11T09:00:00.000Z', teaserIds: [teaserId], target: { ...everyone, teamIds: [kitchen.id], locations: [] } });
    expect(await feedIds(chef.client)).toContain(teaserId);
    expect(await feedIds(cook.client)).not.toContain(teaserId);
  });

  it('follows a person who moves to another team, and a campaign whose groups change, although feeds are cached', async () => {
    // Cleaning and the kitchen are one department: only the team tells them apart.
    const person = await addLearner(ctx, { role: 'employee', teamId: cleaning.id });
    const teaserId = await addTeaser(ctx, { publishedAt: null });
    const campaign = await addCampaign(ctx, adminPerson, { kickoffAt: '2026-03-11T09:00:00.000Z', teaserIds: [teaserId], target: { ...everyone, teamIds: [kitchen.id], locations: [] } });
    expect(await feedIds(person.client)).not.toContain(teaserId);

    await ctx.deps.db.updateTable('people').set({ team_id: kitchen.id }).where('id', '=', person.person.id).execute();
    expect(await feedIds(person.client)).toContain(teaserId);

    const body = campaignBody(ctx, { kickoffAt: campaign.kickoffAt, teaserIds: [teaserId], target: { ...everyone, teamIds: [cleaning.id], locations: [] } });
    expect((await admin.request('PUT', `/api/admin/campaigns/${campaign.id}`, body)).status).toBe(200);
    expect(await feedIds(person.client)).not.toContain(teaserId);
  });
});

describe.each(testDatabases())('a campaign’s groups changed through another instance ($name)', (kind) => {
  let first: TestContext;
  let second: TestContext;
  beforeAll(async () => {
    const [firstConnection, secondConnection] = twoConnectionsTo(kind);
    first = await createTestContext(firstConnection);
    second = await createTestContext(secondConnection);
    for (const ctx of [first, second]) ctx.clock.set(NOW);
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it('moves the feed on the other instance at its next request', async () => {
    const admin = await addPerson(first, { role: 'admin' });
    const { teams } = await addDepartment(first, 'Facilitair', ['Keuken', 'Schoonmaak']);
    const [kitchen, cleaning] = teams as [TeamRow, TeamRow];
    const cook = await addPerson(first, { teamId: kitchen.id });
    const onSecond = await signedInClient(second, cook.id);
    const teaserId = await addTeaser(first, { publishedAt: null });
    const campaign = await addCampaign(first, admin, { kickoffAt: '2026-03-11T09:00:00.000Z', teaserIds: [teaserId], target: { ...everyone, teamIds: [kitchen.id], locations: [] } });
    expect(await feedIds(onSecond)).toContain(teaserId);

    const onFirst = await signedInClient(first, admin.id);
    const body = campaignBody(first, { kickoffAt: campaign.kickoffAt, teaserIds: [teaserId], target: { ...everyone, teamIds: [cleaning.id], locations: [] } });
    expect((await onFirst.request('PUT', `/api/admin/campaigns/${campaign.id}`, body)).status).toBe(200);

    expect(await feedIds(onSecond)).not.toContain(teaserId);
  });
});

/*
 * Nobody outside a group ever sees its content, through the real feed (the
 * in-memory catalogue and the per-person feed cache included): random
 * campaigns and teasers against a fixed organisation, each person's feed
 * compared with the target-group rule written out by hand.
 */
describe.each(testDatabases())('the feed against random target groups ($name)', (kind) => {
  const ROLES: Role[] = ['employee', 'manager'];
  const LANGUAGES: Language[] = ['nl', 'en'];
  let ctx: TestContext;
  let admin: PersonRow;
  let departments: Array<{ id: string; teams: TeamRow[] }>;
  let people: Array<{ person: PersonRow; client: TestClient }>;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    ctx.clock.set(NOW);
    admin = await addPerson(ctx, { role: 'admin' });
    departments = [await addDepartment(ctx, 'Zorg', ['Zonnebloem', 'Klaproos']), await addDepartment(ctx, 'Facilitair', ['Keuken', 'Schoonmaak'])];
    people = [];
    for (const team of [...departments.flatMap((d) => d.teams), null]) {
      for (const role of ROLES) for (const language of LANGUAGES) people.push(await addLearner(ctx, { role, language, teamId: team?.id ?? null }));
    }
  });
  afterAll(() => ctx.close());

  const teamIds = () => departments.flatMap((d) => d.teams.map((t) => t.id));
  const groups = () =>
    fc.record({
      departmentIds: fc.subarray(departments.map((d) => d.id)),
      teamIds: fc.subarray(teamIds()),
      roles: fc.subarray(ROLES),
      languages: fc.subarray(LANGUAGES),
      groupIds: fc.constant([] as string[]),
    });
  const fits = (target: TargetGroups, p: PersonRow) => {
    const has = (list: readonly string[], value: string | null) => list.length === 0 || (value !== null && list.includes(value));
    return has(target.departmentIds, p.department_id) && has(target.teamIds, p.team_id) && has(target.roles, p.role) && has(target.languages, p.language);
  };

  it('shows a campaign teaser only inside the campaign’s groups and its training’s, and a lone teaser only inside its own', async () => {
    await fc.assert(
      fc.asyncProperty(groups(), groups(), groups(), groups(), async (campaignTarget, ownOfCampaignTeaser, training, ownOfLoneTeaser) => {
        const trainingTarget = { ...training, teamIds: [], languages: [] };
        const { id: itemId } = await addItem(ctx, { targetRoles: training.roles, targetDepartmentIds: training.departmentIds });
        const inCampaign = await addTeaser(ctx, { itemId, publishedAt: null });
        await ctx.deps.db.updateTable('teasers').set({ target: JSON.stringify(ownOfCampaignTeaser) }).where('id', '=', inCampaign).execute();
        const lone = await addTeaser(ctx, { publishedAt: NOW });
        await ctx.deps.db.updateTable('teasers').set({ target: JSON.stringify(ownOfLoneTeaser) }).where('id', '=', lone).execute();
        await addCampaign(ctx, admin, { kickoffAt: '2026-03-11T09:00:00.000Z', teaserIds: [inCampaign], target: { ...campaignTarget, locations: ['Kantine'] } as Campaign['target'] });

        for (const { person, client } of people) {
          const feed = await feedIds(client);
          expect(feed.includes(inCampaign), `campaign teaser for ${person.role}/${person.language}/${person.team_id}`).toBe(fits(campaignTarget, person) && fits(trainingTarget, person));
          expect(feed.includes(lone), `lone teaser for ${person.role}/${person.language}/${person.team_id}`).toBe(fits(ownOfLoneTeaser, person));
        }
      }),
      { numRuns: 12 },
    );
  });
});
