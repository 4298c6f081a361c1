import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminTeaser } from '../../shared/schemas/authoring';
import type { Campaign } from '../../shared/schemas/campaigns';
import type { Teaser } from '../../shared/schemas/teasers';
import { expectApiError } from '../helpers/api-error';
import { campaignBody, teaserBody } from '../helpers/campaigns';
import { testDatabases } from '../helpers/databases';
import { addItem, addLearner } from '../helpers/learning';
import { addTargetGroup } from '../helpers/target-groups';
import { createTestContext, type TestClient, type TestContext } from '../helpers/test-app';

const NOW = '2026-03-11T10:00:00.000Z';
const KICKOFF = '2026-03-12T09:00:00.000Z';
const noLists = { departmentIds: [], teamIds: [], roles: [], languages: [], locations: [] };

async function feedIds(client: TestClient): Promise<string[]> {
  const response = await client.get('/api/feed');
  expect(response.status, await response.clone().text()).toBe(200);
  return ((await response.json()) as { teasers: Teaser[] }).teasers.map((t) => t.id);
}

/**
 * A campaign aimed at a saved target group reaches whoever is in the group at the time, by the group's own rule
 * (here: completed the lifting training), through the same audience rule as every other target; a group that does
 * not exist is refused, and a group a campaign uses cannot be deleted from under it.
 */
describe.each(testDatabases())('campaigns aimed at saved target groups ($name)', (kind) => {
  let ctx: TestContext;
  let admin: TestClient;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    ctx.clock.set(NOW);
    ({ client: admin } = await addLearner(ctx, { role: 'admin' }));
  });
  afterAll(() => ctx.close());

  it('shows its teasers to the group’s members only, and to a newcomer to the group at once', async () => {
    const lifting = await addItem(ctx, { languages: ['nl'] });
    const group = await addTargetGroup(ctx, [{ kind: 'completed_item', ids: [lifting.id] }]);
    const done = await addLearner(ctx, { language: 'nl' });
    const notYet = await addLearner(ctx, { language: 'nl' });
    const completes = (personId: string) => ctx.deps.db.insertInto('item_completions').values({ person_id: personId, item_id: lifting.id, completed_at: NOW, source: 'app' }).execute();
    await completes(done.person.id);

    const next = await addItem(ctx, { languages: ['nl'] });
    const teaser = (await (await admin.post('/api/admin/teasers', { ...teaserBody('De volgende stap na tillen.'), itemId: next.id })).json()) as AdminTeaser;
    const created = await admin.post('/api/admin/campaigns', campaignBody(ctx, { kickoffAt: KICKOFF, teaserIds: [teaser.id], itemIds: [next.id], target: { ...noLists, groupIds: [group.id] } }));
    expect(created.status, await created.clone().text()).toBe(201);
    const campaign = (await created.json()) as Campaign;
    expect(campaign.target.groupIds).toEqual([group.id]);
    expect((await admin.post(`/api/admin/campaigns/${campaign.id}/publish`, {})).status).toBe(200);
    ctx.clock.set(KICKOFF);

    expect(await feedIds(done.client)).toContain(teaser.id);
    expect(await feedIds(notYet.client)).not.toContain(teaser.id);
    // Completing the lifting training brings them into the group: the next feed has the teaser (no stale copy).
    await completes(notYet.person.id);
    expect(await feedIds(notYet.client)).toContain(teaser.id);

    // A group in use cannot go: the campaign is named.
    const refused = await expectApiError(await admin.delete(`/api/admin/target-groups/${group.id}`), 409, 'group_in_use');
    expect(refused.message).toContain('Leren in de lente');
    ctx.clock.set(NOW);
  });

  it('refuses a target naming a group that does not exist, and stores nothing', async () => {
    const before = (await ctx.deps.db.selectFrom('campaigns').select('id').execute()).length;
    await expectApiError(await admin.post('/api/admin/campaigns', campaignBody(ctx, { target: { ...noLists, groupIds: [crypto.randomUUID()] } })), 422, 'unknown_group');
    expect((await ctx.deps.db.selectFrom('campaigns').select('id').execute()).length).toBe(before);
    const teasers = (await ctx.deps.db.selectFrom('teasers').select('id').execute()).length;
    await expectApiError(await admin.post('/api/admin/teasers', { ...teaserBody(), target: { departmentIds: [], teamIds: [], roles: [], languages: [], groupIds: [crypto.randomUUID()] } }), 422, 'unknown_group');
    expect((await ctx.deps.db.selectFrom('teasers').select('id').execute()).length).toBe(teasers);
  });
});
