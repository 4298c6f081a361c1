import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelMix } from '../../shared/schemas/channels';
import type { GroupCount, GroupMembers, TargetGroup } from '../../shared/schemas/target-groups';
import type { PersonRow } from '../../server/features/people/people.table';
import { expectApiError } from '../helpers/api-error';
import { addCampaign } from '../helpers/campaigns';
import { testDatabases } from '../helpers/databases';
import { addLearner, addLearningItem, sendEvents } from '../helpers/learning';
import { addTeam } from '../helpers/organisation';
import { pngSize } from '../helpers/png';
import { decodeQr, pdfText, rasterisePdf } from '../helpers/qr';
import { addCampaignChannel, addTargetGroup } from '../helpers/target-groups';
import { addPerson, createTestContext, TEST_PUBLIC_URL, TestClient, type TestContext } from '../helpers/test-app';

const NOW = '2026-03-11T10:00:00.000Z';
const DAY = 24 * 3_600_000;

describe.each(testDatabases())('target groups and the channel mix ($name)', (kind) => {
  let ctx: TestContext;
  let adminPerson: PersonRow;
  let admin: TestClient;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    const learner = await addLearner(ctx, { role: 'admin' });
    adminPerson = learner.person;
    admin = learner.client;
  });
  afterAll(() => ctx.close());
  beforeEach(() => ctx.clock.set(NOW));

  const json = async <T>(response: Response, status = 200): Promise<T> => {
    expect(response.status, await response.clone().text()).toBe(status);
    return (await response.json()) as T;
  };
  const groupRows = async () => ctx.deps.db.selectFrom('target_groups').selectAll().orderBy('id').execute();

  it('saves a group of profile rules, counts it live and shows admins who is in it', async () => {
    const team = await addTeam(ctx);
    const joined = await Promise.all([1, 2, 3].map(() => addLearner(ctx, { teamId: team.id })));
    const waiting = await Promise.all([1, 2].map(() => addPerson(ctx, { teamId: team.id })));
    await addPerson(ctx); // elsewhere

    const created = await json<TargetGroup>(
      await admin.post('/api/admin/target-groups', { name: 'Keuken, nog niet begonnen', conditions: [{ kind: 'team', ids: [team.id] }, { kind: 'joined', value: false }] }),
      201,
    );
    expect(created).toMatchObject({ name: 'Keuken, nog niet begonnen', match: 'all', count: 2, membersVisible: true });
    const members = await json<GroupMembers>(await admin.get(`/api/admin/target-groups/${created.id}/members`));
    expect(members.visible).toBe(true);
    expect(members.members.map((m) => m.id).sort()).toEqual(waiting.map((p) => p.id).sort());

    // Live: someone signs in, and leaves the group without anyone editing it.
    await addLearner(ctx, { teamId: team.id });
    const signsIn = waiting[0];
    if (!signsIn) throw new Error('no person');
    await ctx.deps.db.updateTable('people').set({ joined_at: NOW }).where('id', '=', signsIn.id).execute();
    const list = await json<{ groups: TargetGroup[] }>(await admin.get('/api/admin/target-groups'));
    expect(list.groups.find((g) => g.id === created.id)?.count).toBe(1);

    // Turned around ("not"), and "any": the same people decided the same way.
    const notJoined = await json<GroupCount>(await admin.post('/api/admin/target-groups/count', { conditions: [{ kind: 'team', ids: [team.id] }, { kind: 'joined', value: true, not: true }] }));
    expect(notJoined).toEqual({ count: 1, membersVisible: true });
    const either = await json<GroupCount>(await admin.post('/api/admin/target-groups/count', { match: 'any', conditions: [{ kind: 'team', ids: [team.id] }, { kind: 'role', roles: ['admin'] }] }));
    expect(either.count).toBeGreaterThanOrEqual(joined.length + waiting.length + 1 + 1);

    const renamed = await json<TargetGroup>(await admin.request('PUT', `/api/admin/target-groups/${created.id}`, { name: 'Keuken', conditions: [{ kind: 'team', ids: [team.id] }] }));
    expect(renamed).toMatchObject({ name: 'Keuken', count: 6 });
    expect((await json<{ ok: true }>(await admin.delete(`/api/admin/target-groups/${created.id}`))).ok).toBe(true);
    await expectApiError(await admin.get(`/api/admin/target-groups/${created.id}/members`), 404);
  });

  it('decides activity rules from what people did, and shows them to admins only as a count of at least 5', async () => {
    const team = await addTeam(ctx);
    // Five learned three weeks ago, one of them again today; one never did.
    ctx.clock.set(new Date(Date.parse(NOW) - 21 * DAY).toISOString());
    const item = await addLearningItem(ctx, 'micro');
    const people = await Promise.all([1, 2, 3, 4, 5, 6].map(() => addLearner(ctx, { teamId: team.id })));
    for (const p of people.slice(0, 5)) await sendEvents(ctx, p.client, [{ kind: 'training_completed', itemId: item.id }]);
    ctx.clock.set(NOW);
    const first = people[0];
    if (!first) throw new Error('no person');
    await sendEvents(ctx, first.client, [{ kind: 'question_answered', itemId: item.id, questionId: 'q1', correct: true }]);

    const count = async (conditions: unknown[]) => json<GroupCount>(await admin.post('/api/admin/target-groups/count', { conditions: [{ kind: 'team', ids: [team.id] }, ...conditions] }));
    expect(await count([{ kind: 'completed_item', ids: [item.id] }])).toEqual({ count: 5, membersVisible: false });
    expect(await count([{ kind: 'active_within', weeks: 4 }])).toEqual({ count: 5, membersVisible: false });
    // Inactive for 2 weeks: the four who learned only three weeks ago and the one who never did; fewer than 5 is held back.
    expect(await count([{ kind: 'inactive_for', weeks: 2 }])).toEqual({ count: 5, membersVisible: false });
    expect(await count([{ kind: 'active_within', weeks: 2 }])).toEqual({ count: null, membersVisible: false });
    expect(await count([{ kind: 'completed_item', ids: [item.id], not: true }])).toEqual({ count: null, membersVisible: false });

    const group = await addTargetGroup(ctx, [{ kind: 'team', ids: [team.id] }, { kind: 'active_within', weeks: 4 }]);
    expect(group).toMatchObject({ count: 5, membersVisible: false });
    // Who they are is not for admins: learning activity is L&D's to see only as totals.
    expect(await json<GroupMembers>(await admin.get(`/api/admin/target-groups/${group.id}/members`))).toEqual({ visible: false, members: [] });
  });

  it('refuses bad rules with a 4xx and changes nothing, and refuses groups to employees', async () => {
    const team = await addTeam(ctx);
    const group = await addTargetGroup(ctx, [{ kind: 'team', ids: [team.id] }]);
    const before = await groupRows();
    const bad: Array<[unknown, number]> = [
      [{ name: 'X', conditions: [{ kind: 'team', ids: [team.id], salary: 'high' }] }, 400],
      [{ name: 'X', conditions: [{ kind: 'favourite_colour', value: 'red' }] }, 400],
      [{ name: 'X', conditions: [{ kind: 'inactive_for', weeks: -1 }] }, 400],
      [{ name: 'X', conditions: [{ kind: 'streak_at_least', weeks: 1.5 }] }, 400],
      [{ name: 'X', conditions: [], extra: true }, 400],
      [{ name: '', conditions: [] }, 400],
      [{ name: 'X', conditions: [{ kind: 'department', ids: ['00000000-0000-4000-8000-000000000000'] }] }, 422],
    ];
    for (const [body, status] of bad) {
      await expectApiError(await admin.post('/api/admin/target-groups', body), status);
      await expectApiError(await admin.request('PUT', `/api/admin/target-groups/${group.id}`, body), status);
    }
    await expectApiError(await admin.post('/api/admin/target-groups/count', { conditions: [{ kind: 'active_within', weeks: 0 }] }), 400);
    expect(await groupRows()).toEqual(before);
    const employee = (await addLearner(ctx)).client;
    await expectApiError(await employee.get('/api/admin/target-groups'), 403);
    await expectApiError(await employee.get(`/api/admin/target-groups/${group.id}/members`), 403);
    await expectApiError(await employee.post('/api/admin/target-groups/count', { conditions: [] }), 403);
  });

  it('gives each chosen channel its own short link: a visit through it is counted, and a sign-up is credited to it first-touch', async () => {
    const campaign = await addCampaign(ctx, adminPerson, { target: { departmentIds: [], teamIds: [], roles: [], locations: [], languages: [] } });
    const intranet = await addCampaignChannel(ctx, campaign.id, 'intranet_link');
    const card = await addCampaignChannel(ctx, campaign.id, 'intranet_card');
    expect(intranet.url).toBe(`${TEST_PUBLIC_URL}/k/${intranet.code}`);
    expect(intranet.code).not.toBe(card.code);
    expect(card.embedHtml).toContain(`href="${card.url}"`);
    expect(card.embedHtml).not.toMatch(/<script|<img|<iframe/);

    const stranger = new TestClient(ctx.app);
    const visit = await stranger.request('POST', `/api/k/${intranet.code}/scans`);
    expect(visit.status).toBe(200);
    expect(visit.headers.getSetCookie()).toEqual([]);
    expect((await json<{ campaignId: string }>(visit)).campaignId).toBe(campaign.id);
    // Looking again without arriving counts nothing; a forged or malformed code is refused and credits nothing.
    await json(await stranger.get(`/api/k/${intranet.code}`));
    const visitsBefore = await ctx.deps.db.selectFrom('attribution_visits').select('id').execute();
    await expectApiError(await stranger.request('POST', '/api/k/ZZZZZZZZ/scans'), 404);
    await expectApiError(await stranger.request('POST', '/api/k/O0I1L/scans'), 400);
    expect(await ctx.deps.db.selectFrom('attribution_visits').select('id').execute()).toHaveLength(visitsBefore.length);

    // Signs up through the intranet link, later through the card: the intranet keeps the credit.
    const person = await addPerson(ctx, { email: `intranet.${Date.now()}@test.example` });
    const browser = new TestClient(ctx.app);
    await browser.post('/api/auth/magic-link', { email: person.email, language: 'nl', via: intranet.code });
    const params = new URLSearchParams(new URL(ctx.sentMail.at(-1)?.text.match(/https?:\/\/\S+/)?.[0] ?? '').hash.slice(1));
    expect(params.get('via')).toBe(intranet.code);
    expect((await browser.post('/api/auth/session', { token: params.get('token'), via: params.get('via') })).status).toBe(200);
    await browser.post('/api/auth/magic-link', { email: person.email, via: card.code });
    const token2 = new URLSearchParams(new URL(ctx.sentMail.at(-1)?.text.match(/https?:\/\/\S+/)?.[0] ?? '').hash.slice(1)).get('token');
    await new TestClient(ctx.app).post('/api/auth/session', { token: token2, via: card.code });

    const mix = await json<ChannelMix>(await admin.get(`/api/admin/campaigns/${campaign.id}/channels`));
    const everyone = mix.audiences.find((a) => a.groupId === null);
    expect(everyone?.channels.map((c) => [c.channel, c.figures])).toEqual([
      ['intranet_link', { reach: 1, signUps: 1 }],
      ['intranet_card', { reach: 0, signUps: 0 }],
    ]);
    const touch = await ctx.deps.db
      .selectFrom('first_touches')
      .innerJoin('attribution_sources', 'attribution_sources.id', 'first_touches.source_id')
      .select(['attribution_sources.kind', 'attribution_sources.ref_id'])
      .where('first_touches.person_id', '=', person.id)
      .execute();
    expect(touch).toEqual([{ kind: 'channel_link', ref_id: intranet.id }]);

    // Chosen twice, for a group that does not exist, an unknown channel: refused, nothing added.
    const channelsBefore = await ctx.deps.db.selectFrom('campaign_channels').select('id').execute();
    await expectApiError(await admin.post(`/api/admin/campaigns/${campaign.id}/channels`, { groupId: null, channel: 'intranet_link' }), 409);
    await expectApiError(await admin.post(`/api/admin/campaigns/${campaign.id}/channels`, { groupId: '00000000-0000-4000-8000-000000000000', channel: 'email' }), 422);
    await expectApiError(await admin.post(`/api/admin/campaigns/${campaign.id}/channels`, { groupId: null, channel: 'carrier_pigeon' }), 400);
    await expectApiError(await admin.post(`/api/admin/campaigns/${campaign.id}/channels`, { groupId: null, channel: 'email', code: 'ABCDEFGH' }), 400);
    expect(await ctx.deps.db.selectFrom('campaign_channels').select('id').execute()).toHaveLength(channelsBefore.length);

    // Dropped: its link stops working.
    await json(await admin.delete(`/api/admin/channels/${card.id}`));
    await expectApiError(await stranger.get(`/api/k/${card.code}`), 404);
  });

  it('suggests posters and the team meeting for frontline staff without a mailbox, e-mail and intranet for office staff', async () => {
    const frontline = await addTeam(ctx);
    const office = await addTeam(ctx);
    for (let i = 0; i < 6; i += 1) await addPerson(ctx, { teamId: frontline.id, email: null });
    for (let i = 0; i < 6; i += 1) await addPerson(ctx, { teamId: office.id });
    const shop = await addTargetGroup(ctx, [{ kind: 'team', ids: [frontline.id] }]);
    const desk = await addTargetGroup(ctx, [{ kind: 'team', ids: [office.id] }]);
    const small = await addTargetGroup(ctx, [{ kind: 'team', ids: [frontline.id] }, { kind: 'streak_at_least', weeks: 3 }]);
    const campaign = await addCampaign(ctx, adminPerson, { target: { departmentIds: [], teamIds: [], roles: [], locations: [], languages: [] } });
    await addCampaignChannel(ctx, campaign.id, 'team_meeting', shop.id);
    const mix = await json<ChannelMix>(await admin.get(`/api/admin/campaigns/${campaign.id}/channels`));
    const of = (id: string) => mix.audiences.find((a) => a.groupId === id);
    expect(of(shop.id)?.suggestions).toEqual([
      { channel: 'posters', reasons: ['frontline'] },
      { channel: 'team_meeting', reasons: ['frontline'] },
    ]);
    expect(of(shop.id)?.channels.map((c) => c.channel)).toEqual(['team_meeting']);
    expect(of(desk.id)?.suggestions.map((s) => s.channel)).toEqual(['email', 'intranet_link']);
    // A group held back under 5 tells nothing about its make-up.
    expect(of(small.id)).toMatchObject({ count: null, suggestions: [{ reasons: ['everyone'] }, { reasons: ['everyone'] }, { reasons: ['everyone'] }] });

    // Deleting the group takes its channels and their links with it.
    const code = of(shop.id)?.channels[0]?.code ?? '';
    await json(await admin.delete(`/api/admin/target-groups/${shop.id}`));
    await expectApiError(await new TestClient(ctx.app).get(`/api/k/${code}`), 404);
    expect(await ctx.deps.db.selectFrom('attribution_sources').select('id').where('code', '=', code).execute()).toEqual([]);
  });

  it("lets anyone try a campaign's open micro-training from a channel link, as from a poster", async () => {
    const item = await addLearningItem(ctx, 'micro');
    const campaign = await addCampaign(ctx, adminPerson, { itemIds: [item.id], tryItemIds: [item.id] });
    const link = await addCampaignChannel(ctx, campaign.id, 'intranet_link');
    const kickoff = await json<{ tryItems: Array<{ id: string }> }>(await new TestClient(ctx.app).get(`/api/k/${link.code}`));
    expect(kickoff.tryItems.map((i) => i.id)).toEqual([item.id]);
    expect((await new TestClient(ctx.app).post(`/api/k/${link.code}/tries/${item.id}?lang=en`)).status).toBe(201);
  });

  it.each([
    ['slide', [960, 540]],
    ['a4', [596, 842]],
  ] as const)('prints the team meeting %s as PDF: the QR decodes to the channel link, and the steps are in the text', async (size, pixels) => {
    const campaign = await addCampaign(ctx, adminPerson);
    const meeting = await addCampaignChannel(ctx, campaign.id, 'team_meeting');
    const response = await admin.get(`/api/admin/channels/${meeting.id}/handout?size=${size}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const pdf = new Uint8Array(await response.arrayBuffer());
    const png = rasterisePdf(pdf, 72);
    const { width = 0, height = 0 } = pngSize(png) ?? {};
    expect([width, height]).toEqual(pixels);
    expect(await decodeQr(png)).toBe(meeting.url);
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('Iets nieuws komt eraan');
    expect(text).toContain('Zo doe je mee');
    expect(text).toContain('Open de camera van je telefoon');
    expect(text).toContain(meeting.url.replace(/^https?:\/\//, ''));

    const intranet = await addCampaignChannel(ctx, campaign.id, 'intranet_link');
    await expectApiError(await admin.get(`/api/admin/channels/${intranet.id}/handout?size=${size}`), 422);
    await expectApiError(await admin.get(`/api/admin/channels/${meeting.id}/handout?size=a0`), 400);
  });
});
