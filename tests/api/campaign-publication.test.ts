import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PersonRow } from '../../server/features/people/people.table';
import type { AdminTeaser } from '../../shared/schemas/authoring';
import type { Campaign } from '../../shared/schemas/campaigns';
import type { Kickoff } from '../../shared/schemas/kickoff';
import type { Teaser } from '../../shared/schemas/teasers';
import { expectApiError } from '../helpers/api-error';
import { addPoster, campaignBody, teaserBody } from '../helpers/campaigns';
import { testDatabases } from '../helpers/databases';
import { addItem, addLearner } from '../helpers/learning';
import { createTestContext, TestClient, type TestContext } from '../helpers/test-app';

const NOW = '2026-03-02T09:00:00.000Z';
const KICKOFF = '2026-03-09T12:00:00.000Z';

describe.each(testDatabases())('a campaign from draft to published ($name)', (kind) => {
  let ctx: TestContext;
  let adminPerson: PersonRow;
  let admin: TestClient;
  let employee: TestClient;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
    ({ person: adminPerson, client: admin } = await addLearner(ctx, { role: 'admin' }));
    employee = (await addLearner(ctx, { language: 'nl' })).client;
  });
  afterAll(() => ctx.close());
  beforeEach(() => ctx.clock.set(NOW));

  const feedIds = async () => ((await (await employee.get('/api/feed')).json()) as { teasers: Teaser[] }).teasers.map((t) => t.id);
  const ok = async <T>(response: Response, status = 200) => {
    expect(response.status, await response.clone().text()).toBe(status);
    return (await response.json()) as T;
  };
  const newTeaser = async (itemId: string | null, hook = 'Messen slijpen in drie minuten.') =>
    ok<AdminTeaser>(await admin.post('/api/admin/teasers', { ...teaserBody(hook), itemId }), 201);

  it('is a draft until published, says what it lacks, and publishes its draft training and teaser with it', async () => {
    const draftTraining = await addItem(ctx, { languages: ['nl'], publishedAt: null });
    const teaser = await newTeaser(draftTraining.id);
    const body = campaignBody(ctx, { kickoffAt: KICKOFF, kickoffPlace: null, kickoffUrl: null, teaserIds: [teaser.id], itemIds: [draftTraining.id] });
    const created = await ok<Campaign>(await admin.post('/api/admin/campaigns', { ...body, target: { departmentIds: [], teamIds: [], roles: [], locations: [], languages: ['nl', 'en'] } }), 201);
    expect(created).toMatchObject({ state: 'draft', publishedAt: null, timeZone: 'Europe/Amsterdam' });
    expect(created.gaps).toEqual([
      { code: 'no_teaser_in_language', language: 'en' },
      { code: 'training_draft', itemId: draftTraining.id },
      { code: 'kickoff_without_place' },
    ]);
    // The kick-off page counts only what will be there: the training is a draft.
    const poster = await addPoster(ctx, adminPerson, created.id);
    expect((await ok<Kickoff>(await new TestClient(ctx.app).get(`/api/k/${poster.code}`))).offer).toEqual([]);

    const refused = await expectApiError(await admin.post(`/api/admin/campaigns/${created.id}/publish`, {}), 409, 'campaign_incomplete');
    expect(refused.message).toBe('Still missing: no_teaser_in_language, kickoff_without_place');
    ctx.clock.set(KICKOFF);
    expect(await feedIds()).not.toContain(teaser.id);
    ctx.clock.set(NOW);

    const published = await ok<Campaign>(await admin.post(`/api/admin/campaigns/${created.id}/publish`, { anyway: true }));
    expect(published).toMatchObject({ state: 'scheduled', publishedAt: NOW });
    expect(published.gaps.map((g) => g.code)).toEqual(['no_teaser_in_language', 'kickoff_without_place']);
    const teaserNow = await ok<AdminTeaser>(await admin.get(`/api/admin/teasers/${teaser.id}`));
    expect(teaserNow.publishedAt).toBe(KICKOFF);
    expect((await ok<Kickoff>(await new TestClient(ctx.app).get(`/api/k/${poster.code}`))).offer).toEqual([{ kind: 'micro', count: 1 }]);
    expect(await feedIds()).not.toContain(teaser.id);
    ctx.clock.set(KICKOFF);
    expect(await feedIds()).toContain(teaser.id);
    expect((await ok<Campaign>(await admin.get(`/api/admin/campaigns/${created.id}`))).state).toBe('running');
    ctx.clock.set('2026-06-01T10:00:00.000Z');
    expect((await ok<Campaign>(await admin.get(`/api/admin/campaigns/${created.id}`))).state).toBe('ended');
  });

  it('publishes a complete campaign without asking, audited', async () => {
    const training = await addItem(ctx, { languages: ['nl'] });
    const teaser = await newTeaser(training.id, 'Veilig tillen in drie minuten.');
    const created = await ok<Campaign>(await admin.post('/api/admin/campaigns', campaignBody(ctx, { teaserIds: [teaser.id], itemIds: [training.id] })), 201);
    expect(created.gaps).toEqual([]);
    await ok<Campaign>(await admin.post(`/api/admin/campaigns/${created.id}/publish`, {}));
    const { entries } = await ok<{ entries: Array<{ action: string }> }>(await admin.get(`/api/admin/audit?entityId=${created.id}`));
    expect(entries.map((e) => e.action)).toContain('campaign.publish');
  });

  it('takes a training and a teaser made in place, keeps what it held, and moves the teaser to its kick-off', async () => {
    const held = await addItem(ctx, { languages: ['nl'] });
    const created = await ok<Campaign>(await admin.post('/api/admin/campaigns', campaignBody(ctx, { kickoffAt: KICKOFF, itemIds: [held.id] })), 201);
    const training = await addItem(ctx, { languages: ['nl'], publishedAt: null });
    const teaser = await newTeaser(training.id, 'Snijden zonder snijwonden.');
    const attached = await ok<Campaign>(await admin.post(`/api/admin/campaigns/${created.id}/attachments`, { itemIds: [training.id], teaserIds: [teaser.id] }));
    expect(attached.itemIds.sort()).toEqual([held.id, training.id].sort());
    expect(attached.teaserIds).toEqual([teaser.id]);
    expect((await ok<AdminTeaser>(await admin.get(`/api/admin/teasers/${teaser.id}`))).publishedAt).toBe(KICKOFF);
    await expectApiError(await admin.post(`/api/admin/campaigns/${created.id}/attachments`, { itemIds: [crypto.randomUUID()] }), 422, 'unknown_reference');
  });
});
