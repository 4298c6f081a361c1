import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditVisit, registerSource } from '../../server/features/attribution/attribution.service';
import { foldFunnel } from '../../server/features/insights/funnel-fold';
import type { PersonRow } from '../../server/features/people/people.table';
import type { CampaignPlan, Funnel, TeamFunnel } from '../../shared/schemas/insights';
import { addCampaign, addPoster } from '../helpers/campaigns';
import { addCampaignChannel } from '../helpers/target-groups';
import { testDatabases } from '../helpers/databases';
import { addItem, addLearner, sendEvents } from '../helpers/learning';
import { addPerson, createTestContext, TestClient, type TestContext } from '../helpers/test-app';

const NOW = '2026-03-11T10:00:00.000Z';

async function signUpVia(ctx: TestContext, email: string, via: string): Promise<TestClient> {
  const browser = new TestClient(ctx.app);
  expect((await browser.post('/api/auth/magic-link', { email, via })).status).toBe(202);
  const link = ctx.sentMail.at(-1)?.text.match(/https?:\/\/\S+/)?.[0] ?? '';
  const fragment = new URLSearchParams(new URL(link).hash.slice(1));
  expect((await browser.post('/api/auth/session', { token: fragment.get('token'), via: fragment.get('via') ?? via })).status).toBe(200);
  return browser;
}

/** No published figure under 5, and no published total beside exactly one withheld figure of its column. */
function expectNothingSmall(funnel: Funnel): void {
  const counts = funnel.columns.filter((c) => !['rate', 'medianMinutes', 'reactionScore'].includes(c));
  const isCount = (_: unknown, c: number) => counts.includes(funnel.columns[c] ?? 'rate');
  const published = [...funnel.stages.map((s) => s.value), ...funnel.rows.flatMap((r) => r.cells.filter(isCount)), ...funnel.totals.filter(isCount)];
  for (const value of published) if (value !== null) expect(value, 'a published figure').toBeGreaterThanOrEqual(5);
  funnel.columns.forEach((column, c) => {
    if (!counts.includes(column) || funnel.totals[c] === null || funnel.totals[c] === undefined) return;
    // The direct row has no visits at all (no source to visit): not a figure, not withheld.
    const column_ = funnel.rows.filter((r) => !(column === 'visits' && r.kind === 'direct')).map((r) => r.cells[c] ?? null);
    expect(column_.filter((v) => v === null).length, `${column}: one withheld cell beside its total`).not.toBe(1);
  });
}

describe.each(testDatabases())('L&D insights: the campaign planner and the funnel ($name)', (kind) => {
  let ctx: TestContext;
  let admin: PersonRow;
  let adminClient: TestClient;
  let campaignId: string;
  let canteen: { id: string; code: string };
  let reception: { id: string; code: string };
  let story: { id: string; code: string };
  let itemId: string;
  let smallId: string;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    ctx.clock.set(NOW);
    ({ person: admin, client: adminClient } = await addLearner(ctx, { role: 'admin' }));
    itemId = (await addItem(ctx, { languages: ['nl'] })).id;
    const campaign = await addCampaign(ctx, admin, { itemIds: [itemId] });
    campaignId = campaign.id;
    canteen = await addPoster(ctx, admin, campaignId, 'Kantine');
    reception = await addPoster(ctx, admin, campaignId, 'Receptie');
    story = await registerSource(ctx.deps.db, { kind: 'story', refId: 'story-of-fatima', campaignId, label: 'Fatima' }, ctx.clock());
    const canteenSource = await ctx.deps.db.selectFrom('attribution_sources').select('id').where('code', '=', canteen.code).executeTakeFirstOrThrow();
    const receptionSource = await ctx.deps.db.selectFrom('attribution_sources').select('id').where('code', '=', reception.code).executeTakeFirstOrThrow();
    for (let i = 0; i < 20; i += 1) await creditVisit(ctx.deps.db, canteenSource.id, ctx.clock());
    for (let i = 0; i < 15; i += 1) await creditVisit(ctx.deps.db, receptionSource.id, ctx.clock());
    for (let i = 0; i < 10; i += 1) await creditVisit(ctx.deps.db, story.id, ctx.clock());
    /** Signs people up through a code: `installs` of them install, `reminders` allow reminders, `trainings` finish the training. */
    const bring = async (code: string, n: number, { installs = 0, reminders = 0, trainings = 0 } = {}) => {
      const browsers: Array<{ person: string; browser: TestClient }> = [];
      for (let i = 0; i < n; i += 1) {
        const person = await addPerson(ctx);
        const browser = await signUpVia(ctx, person.email ?? '', code);
        if (i < installs) expect((await browser.post('/api/me/acquisition-events', { kind: 'install' })).status).toBe(200);
        if (i < reminders) expect((await browser.post('/api/me/acquisition-events', { kind: 'push_opt_in' })).status).toBe(200);
        if (i < trainings) await sendEvents(ctx, browser, [{ kind: 'training_started', itemId }, { kind: 'training_completed', itemId }]);
        browsers.push({ person: person.email ?? '', browser });
      }
      return browsers;
    };
    await bring(canteen.code, 8, { installs: 6, reminders: 5, trainings: 6 });
    await bring(reception.code, 5, { installs: 5, reminders: 5, trainings: 5 });
    // Through the story: all install (one twice, on a second phone), and later come by the canteen poster too.
    const viaStory = await bring(story.code, 6, { installs: 6, reminders: 5, trainings: 5 });
    expect((await viaStory[0]?.browser.post('/api/me/acquisition-events', { kind: 'install' }))?.status).toBe(200);
    for (const { person } of viaStory) await signUpVia(ctx, person, canteen.code);
    // A second campaign whose hall poster brought only 3.
    smallId = (await addCampaign(ctx, admin, { name: 'Klein' })).id;
    const hall = await addPoster(ctx, admin, smallId, 'Hal');
    const lift = await addPoster(ctx, admin, smallId, 'Lift');
    await bring(hall.code, 3, { installs: 3 });
    await bring(lift.code, 7, { installs: 7 });
    ctx.clock.advance(60_000);
    await foldFunnel(ctx.deps.db, ctx.clock());
  }, 120_000);
  afterAll(() => ctx.close());

  const funnelOf = async (breakdown: string, extra = '') => {
    const response = await adminClient.get(`/api/admin/campaigns/${campaignId}/funnel?breakdown=${breakdown}${extra}`);
    expect(response.status).toBe(200);
    return (await response.json()) as Funnel;
  };
  const cell = (funnel: Funnel, key: string, column: string) => funnel.rows.find((r) => r.key === key)?.cells[funnel.columns.indexOf(column as Funnel['columns'][number])];

  it('counts each stage per channel, first touch across posters and stories; a story joiner who installed is in both stages once', async () => {
    const channel = await funnelOf('channel');
    const canteenRow = channel.rows.find((r) => r.label === 'Kantine');
    const storyRow = channel.rows.find((r) => r.label === 'Fatima');
    expect(canteenRow?.kind).toBe('poster');
    expect(storyRow?.kind).toBe('story');
    const receptionRow = channel.rows.find((r) => r.label === 'Receptie');
    // The rollup counts each person once, for their first touch; the answer publishes what the rule lets through.
    const expected = new Map([
      [canteenRow?.key, [20, 8, 6, 5, 6, 6, 0]],
      [receptionRow?.key, [15, 5, 5, 5, 5, 5, 0]],
      // Came by the canteen later: the story keeps them; their second install counts once.
      [storyRow?.key, [10, 6, 6, 5, 5, 5, 0]],
    ]);
    const rolled = await ctx.deps.db.selectFrom('funnel_weeks').selectAll().execute();
    const visits = await ctx.deps.db.selectFrom('funnel_visit_weeks').selectAll().execute();
    for (const [key, figures] of expected) {
      const own = rolled.filter((r) => r.source_id === key);
      const sum = (k: 'joined' | 'installed' | 'reminders' | 'first_trainings' | 'active' | 'retained') => own.reduce((n, r) => n + r[k], 0);
      const seen = visits.filter((v) => v.source_id === key).reduce((n, v) => n + v.visits, 0);
      expect([seen, sum('joined'), sum('installed'), sum('reminders'), sum('first_trainings'), sum('active'), sum('retained')]).toEqual(figures);
      const row = channel.rows.find((r) => r.key === key);
      row?.cells.forEach((value, c) => value !== null && expect(value).toBe(figures[c]));
    }
    expect(canteenRow?.cells.slice(0, 2)).toEqual([20, 8]);
    // Nobody is retained yet (4 of 6 weeks): the column is withheld whole.
    // The campaign's stages: its sources' people, and the one who joined directly (the admin), withheld where that would tell.
    const stage = (name: string) => channel.stages.find((s) => s.stage === name)?.value;
    expect(stage('visits')).toBe(45);
    expect(stage('joined')).toBeGreaterThanOrEqual(19);
    expect(stage('installed')).toBe(17);
    expect(stage('retained')).toBeNull();
    expectNothingSmall(channel);
  });

  it('withholds a poster that brought fewer than 5, and the figure that would give it back', async () => {
    const response = await adminClient.get(`/api/admin/campaigns/${smallId}/funnel?breakdown=channel`);
    const channel = (await response.json()) as Funnel;
    const hall = channel.rows.find((r) => r.label === 'Hal');
    const lift = channel.rows.find((r) => r.label === 'Lift');
    expect(hall?.cells[channel.columns.indexOf('joined')]).toBeNull();
    expect(lift?.cells[channel.columns.indexOf('joined')]).toBeNull();
    expect(channel.totals[channel.columns.indexOf('joined')]).toBeGreaterThanOrEqual(10);
    expectNothingSmall(channel);
    for (const breakdown of ['group', 'week']) expectNothingSmall((await (await adminClient.get(`/api/admin/campaigns/${smallId}/funnel?breakdown=${breakdown}`)).json()) as Funnel);
  });

  it('answers every breakdown without a cell under 5 or a total that reveals one', async () => {
    for (const breakdown of ['channel', 'group', 'week', 'training']) expectNothingSmall(await funnelOf(breakdown));
    const training = await funnelOf('training');
    expect(training.rows).toHaveLength(1);
    expect(training.rows[0]?.cells.slice(0, 3)).toEqual([16, 16, 100]);
  });

  it('keeps the rollups current: what arrives after a fold counts at the next one', async () => {
    const before = cell(await funnelOf('channel'), (await funnelOf('channel')).rows.find((r) => r.label === 'Kantine')?.key ?? '', 'joined');
    await signUpVia(ctx, (await addPerson(ctx)).email ?? '', canteen.code);
    ctx.clock.advance(60_000);
    const folded = await foldFunnel(ctx.deps.db, ctx.clock());
    expect(folded.weeks).toBeGreaterThan(0);
    const after = await funnelOf('channel');
    expect(cell(after, after.rows.find((r) => r.label === 'Kantine')?.key ?? '', 'joined')).toBe((before ?? 0) + 1);
  });

  it('refuses an unknown campaign, a range ending before it starts or spanning over two years, and an unknown breakdown', async () => {
    expect((await adminClient.get('/api/admin/campaigns/00000000-0000-4000-8000-000000000000/funnel')).status).toBe(404);
    expect((await adminClient.get('/api/admin/campaigns/00000000-0000-4000-8000-000000000000/plan')).status).toBe(404);
    const inverted = await adminClient.get(`/api/admin/campaigns/${campaignId}/funnel?from=2026-04-01&to=2026-03-01`);
    expect(inverted.status).toBe(422);
    expect(((await inverted.json()) as { error: { code: string } }).error.code).toBe('range_inverted');
    expect((await adminClient.get(`/api/admin/campaigns/${campaignId}/funnel?from=2023-01-01&to=2026-03-01`)).status).toBe(422);
    expect((await adminClient.get(`/api/admin/campaigns/${campaignId}/funnel?from=2026-02-30&to=2026-03-01`)).status).toBe(422);
    expect((await adminClient.get(`/api/admin/campaigns/${campaignId}/funnel?breakdown=shoe-size`)).status).toBe(400);
  });

  it('lets only admins see the planner and funnels; a manager sees their own team in aggregate', async () => {
    const { client: employee } = await addLearner(ctx, { role: 'employee' });
    const { client: manager } = await addLearner(ctx, { role: 'manager' });
    for (const path of [`/api/admin/campaigns/${campaignId}/plan`, `/api/admin/campaigns/${campaignId}/funnel`]) {
      expect((await employee.get(path)).status).toBe(403);
      expect((await manager.get(path)).status).toBe(403);
    }
    expect((await employee.get('/api/team/funnel')).status).toBe(403);
    const team = await manager.get('/api/team/funnel');
    expect(team.status).toBe(200);
    for (const stage of ((await team.json()) as TeamFunnel).stages) if (stage.value !== null) expect(stage.value).toBeGreaterThanOrEqual(5);
  });

  it('plans a campaign in three phases from the real data: a missing teaser turns done once written, and so does a channel once chosen', async () => {
    const planOf = async () => (await (await adminClient.get(`/api/admin/campaigns/${campaignId}/plan`)).json()) as CampaignPlan;
    const point = (plan: CampaignPlan, code: string) => plan.phases.flatMap((p) => p.points).find((p) => p.code === code);
    const plan = await planOf();
    expect(plan.phases.map((p) => p.phase)).toEqual(['inform', 'activate', 'retain']);
    expect(point(plan, 'teasers')).toMatchObject({ status: 'open', missing: ['nl'] });
    expect(point(plan, 'posters')?.status).toBe('done');
    expect(point(plan, 'kickoff')?.status).toBe('done');
    expect(point(plan, 'channels')).toMatchObject({ status: 'open', missing: ['none'] });
    expect(point(plan, 'journey')).toMatchObject({ status: 'open', missing: ['none'] });
    await addCampaignChannel(ctx, campaignId, 'intranet_link');
    const withChannel = await planOf();
    expect(point(withChannel, 'channels')?.status).toBe('done');
    expect(withChannel.done).toBe(plan.done + 1);
    expect(point(plan, 'evaluation')).toMatchObject({ status: 'open', fix: '/admin/evaluations' });
    // Too long a hook does not count; one that fits does.
    const long = await adminClient.post('/api/admin/teasers', { texts: [{ language: 'nl', hook: 'x'.repeat(141), callToAction: 'Bekijk' }], campaignId });
    if (long.status === 201) expect(point(await planOf(), 'teasers')?.status).toBe('open');
    const teaser = await adminClient.post('/api/admin/teasers', { texts: [{ language: 'nl', hook: 'Drie minuten, één nieuwe handigheid.', callToAction: 'Bekijk' }] });
    expect(teaser.status).toBe(201);
    const { id } = (await teaser.json()) as { id: string };
    expect((await adminClient.post(`/api/admin/campaigns/${campaignId}/attachments`, { itemIds: [], teaserIds: [id] })).status).toBe(200);
    const after = await planOf();
    expect(point(after, 'teasers')).toMatchObject({ status: 'done', missing: [] });
    expect(after.done).toBe(withChannel.done + 1);
  });
});
