import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CampaignPlan, Funnel } from '../../shared/schemas/insights';
import { testDatabases } from '../helpers/databases';
import { demoContext } from '../helpers/demo';
import type { TestClient, TestContext } from '../helpers/test-app';

describe.each(testDatabases())('the demo campaign tells a story on first start ($name)', (kind) => {
  let ctx: TestContext;
  let lotte: TestClient;
  let id: string;
  beforeAll(async () => {
    const demo = await demoContext(kind, '2026-12-01T10:00:00Z');
    ctx = demo.ctx;
    lotte = await demo.signIn('lotte@anker.example');
    id = ((await (await lotte.get('/api/admin/campaigns')).json()) as { campaigns: Array<{ id: string; name: string }> }).campaigns.find((c) => c.name === 'Lente-kick-off')?.id ?? '';
  }, 120_000);
  afterAll(() => ctx.close());

  const funnel = async (breakdown: string) => (await (await lotte.get(`/api/admin/campaigns/${id}/funnel?breakdown=${breakdown}`)).json()) as Funnel;

  it('has a funnel where the canteen poster converts better than the reception one, with weeks of history', async () => {
    const channel = await funnel('channel');
    if (process.env.SHOW_DEMO) console.log(JSON.stringify(channel.stages), JSON.stringify(channel.rows.map((r) => [r.label, ...r.cells])));
    const rate = (label: RegExp) => {
      const row = channel.rows.find((r) => label.test(r.label));
      const visits = row?.cells[channel.columns.indexOf('visits')] ?? null;
      const joined = row?.cells[channel.columns.indexOf('joined')] ?? null;
      return visits && joined ? joined / visits : null;
    };
    expect(rate(/^Kantine/)).toBeGreaterThan(2 * (rate(/^Receptie/) ?? 1));
    for (const stage of ['reached', 'joined', 'installed', 'reminders', 'firstTraining', 'active', 'retained']) {
      expect(channel.stages.find((s) => s.stage === stage)?.value, stage).toBeGreaterThanOrEqual(5);
    }
    const weeks = await funnel('week');
    if (process.env.SHOW_DEMO) console.log(JSON.stringify(weeks.rows.map((r) => [r.label, ...r.cells])));
    expect(weeks.rows.filter((r) => (r.cells[weeks.columns.indexOf('joined')] ?? 0) > 0).length).toBeGreaterThanOrEqual(6);
    const training = await funnel('training');
    if (process.env.SHOW_DEMO) console.log(JSON.stringify(training.rows.map((r) => [r.label, ...r.cells])));
    expect(training.rows.some((r) => (r.cells[0] ?? 0) >= 5)).toBe(true);
  });

  it('has a planner with open points to work on', async () => {
    const plan = (await (await lotte.get(`/api/admin/campaigns/${id}/plan`)).json()) as CampaignPlan;
    if (process.env.SHOW_DEMO) console.log(JSON.stringify(plan.phases.map((p) => p.points.map((x) => `${x.code}:${x.status}:${x.missing.join('|')}`))));
    expect(plan.open).toBeGreaterThan(0);
    expect(plan.done).toBeGreaterThan(0);
  });
});
