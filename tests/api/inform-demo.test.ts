import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { myOfferSchema } from '../../shared/schemas/offer';
import { adminStrategySchema, myWiifmSchema, whyWeLearnSchema } from '../../shared/schemas/strategy';
import { testDatabases } from '../helpers/databases';
import { demoContext } from '../helpers/demo';
import type { TestClient, TestContext } from '../helpers/test-app';

describe.each(testDatabases())('the demo strategy ($name)', (kind) => {
  let ctx: TestContext;
  let signIn: (email: string) => Promise<TestClient>;
  beforeAll(async () => {
    ({ ctx, signIn } = await demoContext(kind, '2026-11-26T10:00:00Z'));
  });
  afterAll(() => ctx.close());

  it('shows a care worker the EPD driver, their department goal, the mandatory BHV path due in 45 days and care WIIFM', async () => {
    const sanne = await signIn('sanne@anker.example');
    const why = whyWeLearnSchema.parse(await (await sanne.get('/api/why-we-learn')).json());
    expect(why.drivers.map((d) => d.kind)).toContain('digital_transformation');
    expect(why.departmentGoals.map((g) => g.title.nl)).toEqual(['Iedereen werkt zelfstandig in het nieuwe EPD']);
    const offer = myOfferSchema.parse(await (await sanne.get('/api/me/offer')).json());
    const bhv = offer.paths.find((p) => p.mandatory);
    expect(bhv?.dueDate).toBe(new Date(ctx.clock().getTime() + 45 * 86_400_000).toISOString().slice(0, 10));
    expect(offer.wiifm.map((w) => w.need)).toEqual(expect.arrayContaining(['effectiveness', 'employability']));
    const admin = await signIn('lotte@anker.example');
    const strategy = adminStrategySchema.parse(await (await admin.get('/api/admin/strategy')).json());
    // Kitchen and care, and building A where the kick-off's posters hang.
    expect(strategy.completeness.wiifmFilled).toBe(6);
    expect(strategy.wiifm.filter((c) => c.groupKind === 'location' && c.groupId === 'Gebouw A' && c.message)).toHaveLength(1);
    // Sanne reads the kick-off of the campaign hanging in building A: its message joins hers there, not on her home.
    const campaign = await ctx.deps.db.selectFrom('campaigns').select('id').executeTakeFirstOrThrow();
    const onKickoff = myWiifmSchema.parse(await (await sanne.get(`/api/me/wiifm?campaignId=${campaign.id}`)).json()).messages;
    expect(onKickoff.map((m) => m.need)).toContain('personal_development');
    expect(offer.wiifm.map((w) => w.need)).not.toContain('personal_development');
  });
});
