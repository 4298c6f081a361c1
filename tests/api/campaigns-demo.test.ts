import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignListSchema } from '../../shared/schemas/campaigns';
import { feedSchema } from '../../shared/schemas/teasers';
import { testDatabases } from '../helpers/databases';
import { demoContext } from '../helpers/demo';
import { TestClient, type TestContext } from '../helpers/test-app';

describe.each(testDatabases())('the demo organisation’s campaign ($name)', (kind) => {
  let ctx: TestContext;
  let signIn: (email: string) => Promise<TestClient>;
  beforeAll(async () => {
    ({ ctx, signIn } = await demoContext(kind, '2026-11-26T20:00:00Z'));
  });
  afterAll(() => ctx.close());

  it('has a campaign with a kick-off and two posters whose figures are not empty, and a new scan arrives', async () => {
    const lotte = await signIn('lotte@anker.example');
    const [campaign] = campaignListSchema.parse(await (await lotte.get('/api/admin/campaigns')).json()).campaigns;
    expect(campaign?.kickoffAt).toBe('2026-12-01T13:00:00.000Z');
    expect(campaign?.posters.map((p) => [p.placement, p.figures])).toEqual([
      // The demo's twelve weeks of funnel history: the canteen poster converts far better than the reception one.
      ['Kantine, gebouw A', { scans: 583, signUps: 140, installs: 122, pushOptIns: 69 }],
      ['Receptie', { scans: 429, signUps: 27, installs: 16, pushOptIns: 10 }],
    ]);
    const code = campaign?.posters[1]?.code ?? '';
    expect((await new TestClient(ctx.app).request('POST', `/api/k/${code}/scans`)).status).toBe(200);
    const after = campaignListSchema.parse(await (await lotte.get('/api/admin/campaigns')).json()).campaigns[0];
    expect(after?.posters[1]?.figures.scans).toBe(430);
  });

  it('reveals the campaign’s two teasers in Sanne’s feed at the kick-off, not before', async () => {
    const sanne = await signIn('sanne@anker.example');
    const hooks = async () => feedSchema.parse(await (await sanne.get('/api/feed')).json()).teasers.map((t) => t.hook);
    expect(await hooks()).not.toContain('De nieuwe leerlijn is er: drie minuten per dag, jouw tempo.');
    ctx.clock.set('2026-12-01T13:00:00Z');
    expect(await hooks()).toContain('De nieuwe leerlijn is er: drie minuten per dag, jouw tempo.');
  });
});
