import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { onCampaignRevealed, runDueReveals, type CampaignRevealed } from '../../server/features/campaigns/reveal';
import { revealPush } from '../../server/features/campaigns/reveal-push';
import type { PersonRow } from '../../server/features/people/people.table';
import type { AdminTeaser } from '../../shared/schemas/authoring';
import type { Campaign } from '../../shared/schemas/campaigns';
import type { Kickoff } from '../../shared/schemas/kickoff';
import type { Teaser } from '../../shared/schemas/teasers';
import { expectApiError } from '../helpers/api-error';
import { addCampaign, addPoster, addTeaser, campaignBody } from '../helpers/campaigns';
import { testDatabases } from '../helpers/databases';
import { addItem, addLearner } from '../helpers/learning';
import { addTeam } from '../helpers/organisation';
import { startPushRig, subscribeDevice, TEST_VAPID_SUBJECT, type PushRig } from '../helpers/push';
import { createTestContext, TestClient, type TestContext } from '../helpers/test-app';

const NOW = '2026-03-11T10:00:00.000Z';
const KICKOFF = '2026-03-18T14:00:00.000Z';

describe.each(testDatabases())('campaigns, kick-off and reveal ($name)', (kind) => {
  let ctx: TestContext;
  let adminPerson: PersonRow;
  let admin: TestClient;
  let employee: TestClient;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    ({ person: adminPerson, client: admin } = await addLearner(ctx, { role: 'admin' }));
    // In the test campaign's target groups (Dutch-speaking employees), so its teasers reach them.
    employee = (await addLearner(ctx, { language: 'nl' })).client;
  });
  afterAll(() => ctx.close());
  beforeEach(() => ctx.clock.set(NOW));

  const feedIds = async () => ((await (await employee.get('/api/feed')).json()) as { teasers: Teaser[] }).teasers.map((t) => t.id);

  it('creates a campaign with dates, target groups, promoted trainings and a kick-off', async () => {
    const { id: itemId } = await addItem(ctx, { kind: 'micro' });
    const { id: classroomId } = await addItem(ctx, { kind: 'classroom' });
    const response = await admin.post('/api/admin/campaigns', campaignBody(ctx, { itemIds: [itemId, classroomId], kickoffAt: KICKOFF }));
    expect(response.status, await response.clone().text()).toBe(201);
    const campaign = (await response.json()) as Campaign;
    expect(campaign).toMatchObject({ name: 'Leren in de lente', kickoffAt: KICKOFF, kickoffPlace: 'Kantine, gebouw A', target: { roles: ['employee'], locations: ['Gebouw A'], languages: ['nl'] } });
    expect(campaign.itemIds.sort()).toEqual([itemId, classroomId].sort());
    const list = (await (await admin.get('/api/admin/campaigns')).json()) as { campaigns: Campaign[] };
    expect(list.campaigns.map((c) => c.id)).toContain(campaign.id);

    const poster = await addPoster(ctx, adminPerson, campaign.id);
    const kickoff = (await (await new TestClient(ctx.app).get(`/api/k/${poster.code}`)).json()) as Kickoff;
    expect(kickoff.offer).toEqual([
      { kind: 'micro', count: 1 },
      { kind: 'classroom', count: 1 },
    ]);
  });

  it('refuses bad campaigns — unsafe kick-off link, unknown language, end before start, unknown trainings — and stores nothing', async () => {
    const before = (await (await admin.get('/api/admin/campaigns')).json()) as { campaigns: Campaign[] };
    await expectApiError(await admin.post('/api/admin/campaigns', campaignBody(ctx, { kickoffUrl: 'javascript:alert(1)' })), 400);
    await expectApiError(await admin.post('/api/admin/campaigns', campaignBody(ctx, { texts: [{ language: 'fr', headline: 'x', why: '', forYou: '', expect: '' }] })), 400);
    await expectApiError(await admin.post('/api/admin/campaigns', campaignBody(ctx, { startsOn: '2026-06-01', endsOn: '2026-05-01' })), 400);
    await expectApiError(await admin.post('/api/admin/campaigns', campaignBody(ctx, { itemIds: ['00000000-0000-4000-8000-000000000000'] })), 422, 'unknown_reference');
    const after = (await (await admin.get('/api/admin/campaigns')).json()) as { campaigns: Campaign[] };
    expect(after.campaigns.length).toBe(before.campaigns.length);
  });

  it('keeps the campaign teasers out of the feed until the kick-off moment, then reveals them', async () => {
    const published = await addTeaser(ctx, adminPerson, NOW);
    const draft = await addTeaser(ctx, adminPerson, null);
    expect(await feedIds()).toContain(published.id);
    const campaign = await addCampaign(ctx, adminPerson, { kickoffAt: KICKOFF, teaserIds: [published.id, draft.id] });
    expect(campaign.teaserIds.sort()).toEqual([published.id, draft.id].sort());

    expect(await feedIds()).not.toContain(published.id);
    expect(await feedIds()).not.toContain(draft.id);
    ctx.clock.set('2026-03-18T13:59:59.000Z');
    expect(await feedIds()).not.toContain(published.id);

    // Publishing a campaign teaser "now" cannot spoil the reveal: it waits for the kick-off.
    const patched = (await (await admin.patch(`/api/admin/teasers/${published.id}`, { publishedAt: '2026-03-18T13:59:59.000Z' })).json()) as AdminTeaser;
    expect(patched.publishedAt).toBe(KICKOFF);
    expect(await feedIds()).not.toContain(published.id);

    ctx.clock.set(KICKOFF);
    expect(await feedIds()).toEqual(expect.arrayContaining([published.id, draft.id]));
  });

  it('moves the reveal with the kick-off', async () => {
    const teaser = await addTeaser(ctx, adminPerson, NOW);
    const campaign = await addCampaign(ctx, adminPerson, { kickoffAt: KICKOFF, teaserIds: [teaser.id] });
    const later = '2026-03-25T09:00:00.000Z';
    const moved = await admin.request('PUT', `/api/admin/campaigns/${campaign.id}`, campaignBody(ctx, { kickoffAt: later, teaserIds: [teaser.id] }));
    expect(moved.status).toBe(200);
    ctx.clock.set(KICKOFF);
    expect(await feedIds()).not.toContain(teaser.id);
    ctx.clock.set(later);
    expect(await feedIds()).toContain(teaser.id);
  });

  it('announces each reveal once to its listeners (the hook push sending subscribes to)', async () => {
    const teaser = await addTeaser(ctx, adminPerson, null);
    const campaign = await addCampaign(ctx, adminPerson, { kickoffAt: KICKOFF, teaserIds: [teaser.id] });
    const heard: CampaignRevealed[] = [];
    const stop = onCampaignRevealed((event) => void heard.push(event));
    try {
      expect((await runDueReveals(ctx.deps.db, new Date(NOW))).map((e) => e.campaignId)).not.toContain(campaign.id);
      await runDueReveals(ctx.deps.db, new Date(KICKOFF));
      await runDueReveals(ctx.deps.db, new Date(KICKOFF));
      const ours = heard.filter((e) => e.campaignId === campaign.id);
      expect(ours).toHaveLength(1);
      expect(ours[0]).toMatchObject({ kickoffAt: KICKOFF, teaserIds: [teaser.id], target: { roles: ['employee'] } });
    } finally {
      stop();
    }
  });

  it('shows the kick-off to anonymous visitors without personal data, and offers an .ics and an RSVP', async () => {
    const campaign = await addCampaign(ctx, adminPerson, { kickoffAt: KICKOFF });
    const poster = await addPoster(ctx, adminPerson, campaign.id);
    const anonymous = new TestClient(ctx.app);
    const page = await anonymous.get(`/api/k/${poster.code}`);
    const body = await page.text();
    expect(body).not.toContain(adminPerson.name);
    expect(body).not.toContain(adminPerson.email ?? '@');
    expect(JSON.parse(body)).toMatchObject({ revealed: false, kickoffAt: KICKOFF, texts: [{ headline: 'Iets nieuws komt eraan' }] });

    const ics = await anonymous.get(`/api/k/${poster.code}/kickoff.ics?lang=nl`);
    expect(ics.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await ics.text();
    expect(text).toContain('DTSTART:20260318T140000Z');
    expect(text).toContain('LOCATION:Kantine\\, gebouw A');
    expect(text).toContain(`UID:kickoff-${campaign.id}@localhost`);

    await expectApiError(await anonymous.request('PUT', `/api/campaigns/${campaign.id}/rsvp`, { answer: 'yes' }), 401);
    expect(await (await employee.get(`/api/campaigns/${campaign.id}/rsvp`)).json()).toEqual({ answer: null });
    expect(await (await employee.request('PUT', `/api/campaigns/${campaign.id}/rsvp`, { answer: 'yes' })).json()).toEqual({ answer: 'yes' });
    expect(await (await employee.request('PUT', `/api/campaigns/${campaign.id}/rsvp`, { answer: 'no' })).json()).toEqual({ answer: 'no' });
    expect(await (await employee.get(`/api/campaigns/${campaign.id}/rsvp`)).json()).toEqual({ answer: 'no' });
    await expectApiError(await employee.request('PUT', `/api/campaigns/${campaign.id}/rsvp`, { answer: 'maybe' }), 400);

    ctx.clock.set(KICKOFF);
    expect(((await (await anonymous.get(`/api/k/${poster.code}`)).json()) as Kickoff).revealed).toBe(true);
  });
});

describe.each(testDatabases())('the push at a campaign’s reveal ($name)', (kind) => {
  let ctx: TestContext;
  let rig: PushRig;
  beforeAll(async () => {
    ctx = await createTestContext(kind, { vapidSubject: TEST_VAPID_SUBJECT });
    ctx.clock.set(NOW);
    rig = await startPushRig(ctx);
  });
  afterAll(async () => {
    await rig.close();
    await ctx.close();
  });

  it('goes, in their language, to the people in the target groups who opted in, and to nobody else', async () => {
    const { person: admin } = await addLearner(ctx, { role: 'admin' });
    const dutch = await addLearner(ctx, { role: 'employee', language: 'nl' });
    const english = await addLearner(ctx, { role: 'employee', language: 'en' });
    const noPush = await addLearner(ctx, { role: 'employee' });
    const manager = await addLearner(ctx, { role: 'manager' });
    await subscribeDevice(dutch.client, rig.service);
    await subscribeDevice(english.client, rig.service);
    await subscribeDevice(manager.client, rig.service);
    const campaign = await addCampaign(ctx, admin, {
      kickoffAt: KICKOFF,
      texts: [
        { language: 'nl', headline: 'Het is zover', why: '', forYou: '', expect: '' },
        { language: 'en', headline: 'It is time', why: '', forYou: '', expect: '' },
      ],
      target: { departmentIds: [], teamIds: [], roles: ['employee'], locations: [], languages: [] },
    });
    const stop = onCampaignRevealed(revealPush({ db: ctx.deps.db, sender: rig.sender, log: ctx.deps.log }, ctx.clock));
    try {
      ctx.clock.set(KICKOFF);
      await runDueReveals(ctx.deps.db, ctx.clock());
    } finally {
      stop();
    }
    const titles = rig.service.deliveries.map((d) => (JSON.parse(d.payload) as { title: string; kind: string }));
    expect(titles.map((t) => t.title).sort()).toEqual(['Het is zover', 'It is time']);
    expect(titles.every((t) => t.kind === 'campaign_reveal')).toBe(true);
    const notified = await ctx.deps.db.selectFrom('notifications').select('person_id').where('kind', '=', 'campaign_reveal').execute();
    expect(notified.map((n) => n.person_id).sort()).toEqual([dutch.person.id, english.person.id].sort());
    expect(notified.map((n) => n.person_id)).not.toContain(noPush.person.id);
    expect(campaign.id).toBeTruthy();
  });

  it('goes to the kitchen team of a kitchen campaign and not to the care worker next door', async () => {
    const { person: admin } = await addLearner(ctx, { role: 'admin' });
    const [kitchen, ward] = [await addTeam(ctx), await addTeam(ctx)];
    const cook = await addLearner(ctx, { teamId: kitchen.id });
    const carer = await addLearner(ctx, { teamId: ward.id });
    for (const { client } of [cook, carer]) await subscribeDevice(client, rig.service);
    const campaign = await addCampaign(ctx, admin, { kickoffAt: '2026-03-25T09:00:00.000Z', target: { departmentIds: [], teamIds: [kitchen.id], roles: [], locations: [], languages: [] } });
    const stop = onCampaignRevealed(revealPush({ db: ctx.deps.db, sender: rig.sender, log: ctx.deps.log }, ctx.clock));
    try {
      ctx.clock.set('2026-03-25T09:00:00.000Z');
      await runDueReveals(ctx.deps.db, ctx.clock());
    } finally {
      stop();
    }
    const notified = await ctx.deps.db.selectFrom('notifications').select('person_id').where('kind', '=', 'campaign_reveal').where('person_id', 'in', [cook.person.id, carer.person.id]).execute();
    expect(notified.map((n) => n.person_id)).toEqual([cook.person.id]);
    expect(campaign.target.teamIds).toEqual([kitchen.id]);
  });
});
