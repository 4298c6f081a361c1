import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personalDataExportSchema } from '../../shared/schemas/privacy';
import { myRecommendationsSchema, teamEmailPreviewSchema, teamOverviewSchema } from '../../shared/schemas/team';
import { expectApiError } from '../helpers/api-error';
import { testDatabases } from '../helpers/databases';
import { addItem, addLearner, sendEvents } from '../helpers/learning';
import { addTeam } from '../helpers/organisation';
import { addStory, noticesOf } from '../helpers/retain';
import { addRecognition } from '../helpers/rewards';
import { addPerson, createTestContext, signedInClient, type TestClient, type TestContext } from '../helpers/test-app';

describe.each(testDatabases())('managers on board ($name)', (kind) => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
  });
  afterAll(() => ctx.close());

  async function teamWith(size: number) {
    const team = await addTeam(ctx);
    const manager = await addLearner(ctx, { role: 'manager', teamId: team.id });
    const members = [];
    for (let i = 0; i < size; i += 1) members.push(await addLearner(ctx, { teamId: team.id, name: `Member ${i} of ${team.name}` }));
    return { team, manager, members };
  }
  const overviewOf = async (client: TestClient) => teamOverviewSchema.parse(await (await client.get('/api/team/overview')).json());

  it('shows the team’s learning only in aggregate, from 5 people, and by name only what people shared', async () => {
    const { manager, members } = await teamWith(6);
    const item = await addItem(ctx);
    for (const m of members.slice(0, 4)) await sendEvents(ctx, m.client, [{ kind: 'training_completed', itemId: item.id }]);
    let overview = await overviewOf(manager.client);
    expect(overview).toMatchObject({ members: 6, activeMembers: 4, activities: null, trainingsCompleted: null, topCompetencies: null, evaluationScore: null, roleModels: [], stories: [] });

    await sendEvents(ctx, members[4]?.client as TestClient, [{ kind: 'training_completed', itemId: item.id }]);
    overview = await overviewOf(manager.client);
    expect(overview).toMatchObject({ activeMembers: 5, activities: 5, trainingsCompleted: 5 });

    // Nothing about any one member, by name or id, unless they shared it.
    const text = JSON.stringify(overview);
    for (const m of members) {
      expect(text).not.toContain(m.person.name);
      expect(text).not.toContain(m.person.id);
    }
    const [shared, unshared, storyteller, anonymous] = members;
    if (!shared || !unshared || !storyteller || !anonymous) throw new Error('team too small');
    const sharedId = await addRecognition(ctx, shared.person.id, manager.person.id);
    await addRecognition(ctx, unshared.person.id, manager.person.id);
    await shared.client.patch(`/api/me/recognitions/${sharedId}`, { shared: true });
    await addStory(ctx, storyteller.client, { display: 'full_name' });
    await addStory(ctx, anonymous.client, { display: 'anonymous' });
    overview = await overviewOf(manager.client);
    expect(overview.roleModels.map((r) => r.personName)).toEqual([shared.person.name]);
    expect(overview.stories.map((s) => s.author.name)).toEqual([storyteller.person.name]);
    expect(JSON.stringify(overview)).not.toContain(unshared.person.name);
    expect(JSON.stringify(overview)).not.toContain(anonymous.person.name);
  });

  it('holds back activity figures for a team under 5 and refuses anyone but managers', async () => {
    const { manager, members } = await teamWith(3);
    const item = await addItem(ctx);
    for (const m of members) await sendEvents(ctx, m.client, [{ kind: 'training_completed', itemId: item.id }]);
    expect(await overviewOf(manager.client)).toMatchObject({ members: 3, activeMembers: null, activities: null, trainingsCompleted: null });
    await expectApiError(await (members[0]?.client as TestClient).get('/api/team/overview'), 403);
    const admin = await signedInClient(ctx, (await addPerson(ctx, { role: 'admin' })).id);
    await expectApiError(await admin.get('/api/team/overview'), 403);
  });

  it('recommends a training to the own team only, and invites only own team members to write a story', async () => {
    const a = await teamWith(1);
    const b = await teamWith(1);
    const item = await addItem(ctx);
    expect((await a.manager.client.post('/api/team/recommendations', { itemId: item.id, note: 'Before the audit' })).status).toBe(201);
    const mine = myRecommendationsSchema.parse(await (await (a.members[0]?.client as TestClient).get('/api/me/recommendations')).json());
    expect(mine.recommendations).toEqual([expect.objectContaining({ kind: 'training', targetId: item.id, managerName: a.manager.person.name, note: 'Before the audit' })]);
    expect(myRecommendationsSchema.parse(await (await (b.members[0]?.client as TestClient).get('/api/me/recommendations')).json()).recommendations).toEqual([]);
    await expectApiError(await a.manager.client.post('/api/team/recommendations', { itemId: item.id, pathId: crypto.randomUUID() }), 400);
    await expectApiError(await a.manager.client.post('/api/team/recommendations', { itemId: crypto.randomUUID() }), 422, 'unknown_item');

    const invited = a.members[0]?.person.id ?? '';
    expect((await a.manager.client.post('/api/team/story-invitations', { personId: invited, message: 'Your lifting tip helped us all.' })).status).toBe(200);
    expect(await noticesOf(ctx, invited, 'story_invitation')).toHaveLength(1);
    // Another team's manager reading or inviting in team A gets nothing.
    await expectApiError(await b.manager.client.post('/api/team/story-invitations', { personId: invited }), 422, 'not_in_team');
    expect(JSON.stringify(await overviewOf(b.manager.client))).not.toContain(a.members[0]?.person.name ?? '');
  });

  it('sends the month’s team e-mail once, with aggregates only and a one-click unsubscribe that only a POST triggers', async () => {
    const { manager, members } = await teamWith(5);
    const preview = teamEmailPreviewSchema.parse(await (await manager.client.get('/api/team/email')).json());
    expect(preview).toMatchObject({ recipients: 5, alreadySent: false });
    for (const m of members) expect(preview.text).not.toContain(m.person.name);
    const before = ctx.sentMail.length;
    expect(await (await manager.client.post('/api/team/email')).json()).toEqual({ sent: 5 });
    const mails = ctx.sentMail.slice(before);
    expect(mails.map((m) => m.to).sort()).toEqual(members.map((m) => m.person.email).sort());
    const [first] = mails;
    expect(first?.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    const unsubscribe = /^<(https?:\/\/[^>]+)>$/.exec(first?.headers?.['List-Unsubscribe'] ?? '')?.[1] ?? '';
    expect(unsubscribe).toMatch(/\/unsubscribe\/team-email\//);
    await expectApiError(await manager.client.post('/api/team/email'), 409, 'already_sent');

    // A link scanner's GET shows a page and changes nothing; the provider's one-click POST (no session, a form body) unsubscribes at once.
    const path = new URL(unsubscribe).pathname;
    expect((await ctx.app.request(path)).status).toBe(200);
    expect(teamEmailPreviewSchema.parse(await (await manager.client.get('/api/team/email')).json())).toMatchObject({ recipients: 5 });
    const clicked = await ctx.app.request(path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(clicked.status).toBe(200);
    expect(teamEmailPreviewSchema.parse(await (await manager.client.get('/api/team/email')).json())).toMatchObject({ recipients: 4, alreadySent: true });
    const person = members.find((m) => m.person.email === first?.to);
    const exported = personalDataExportSchema.parse(await (await (person?.client as TestClient).get('/api/me/export')).json());
    expect(exported.teamEmail?.unsubscribedAt).not.toBeNull();
  });
});

