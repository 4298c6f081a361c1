import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonRow } from '../../server/features/people/people.table';
import type { AdminItem, AdminTeaser, AuditEntry } from '../../shared/schemas/authoring';
import type { Campaign } from '../../shared/schemas/campaigns';
import { campaignBody, teaserBody, testJpeg } from '../helpers/campaigns';
import { testDatabases } from '../helpers/databases';
import { addLearner } from '../helpers/learning';
import { createTestContext, type TestClient, type TestContext } from '../helpers/test-app';

describe.each(testDatabases())('the audit log of admin changes ($name)', (kind) => {
  let ctx: TestContext;
  let adminPerson: PersonRow;
  let admin: TestClient;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    ({ person: adminPerson, client: admin } = await addLearner(ctx, { role: 'admin', name: 'Lotte Auditor' }));
  });
  afterAll(() => ctx.close());

  const entries = async (entityId?: string) =>
    ((await (await admin.get(`/api/admin/audit${entityId ? `?entityId=${entityId}` : ''}`)).json()) as { entries: AuditEntry[] }).entries;

  it('records who, what and when for every change an admin makes', async () => {
    ctx.clock.set('2026-04-01T08:00:00.000Z');
    // Each change a second after the previous one, so the log's order is the order of the changes.
    const step = async <T>(call: () => Promise<T>): Promise<T> => {
      const result = await call();
      ctx.clock.advance(1000);
      return result;
    };
    const teaser = (await (await step(() => admin.post('/api/admin/teasers', teaserBody()))).json()) as AdminTeaser;
    await step(() => admin.patch(`/api/admin/teasers/${teaser.id}`, { publishedAt: '2026-04-02T08:00:00Z' }));
    await step(() => admin.patch(`/api/admin/teasers/${teaser.id}`, { publishedAt: null }));
    await step(() => admin.patch(`/api/admin/teasers/${teaser.id}`, teaserBody('Nieuwe haak')));
    const item = (await (
      await step(() => admin.post('/api/admin/items', { kind: 'classroom', durationMinutes: 60, texts: [{ language: 'nl', title: 'EHBO', summary: 'Oefenen' }] }))
    ).json()) as AdminItem;
    await step(() => admin.post(`/api/admin/items/${item.id}/sessions`, { startsAt: '2026-05-01T09:00:00Z', endsAt: '2026-05-01T11:00:00Z', place: 'Zaal 1', seats: 8 }));
    const campaign = (await (await step(() => admin.post('/api/admin/campaigns', campaignBody(ctx, { teaserIds: [teaser.id] })))).json()) as Campaign;
    await step(() => admin.request('PUT', `/api/admin/campaigns/${campaign.id}`, campaignBody(ctx, { name: 'Hernoemd' })));
    const withPoster = (await (await step(() => admin.post(`/api/admin/campaigns/${campaign.id}/posters`, { placement: 'Kantine' }))).json()) as Campaign;
    await step(() => admin.delete(`/api/admin/posters/${withPoster.posters[0]?.id ?? ''}`));
    await step(async () => admin.post('/api/admin/images', { data: (await testJpeg(20, 20)).toString('base64') }));
    await step(() => admin.delete(`/api/admin/teasers/${teaser.id}`));

    const log = await entries();
    expect(log.map((e) => e.action).reverse()).toEqual([
      'teaser.create',
      'teaser.publish',
      'teaser.unpublish',
      'teaser.update',
      'item.create',
      'session.create',
      'campaign.create',
      'campaign.update',
      'poster.create',
      'poster.delete',
      'image.upload',
      'teaser.delete',
    ]);
    for (const entry of log) expect(entry).toMatchObject({ actorId: adminPerson.id, actorName: 'Lotte Auditor' });
    const forTeaser = await entries(teaser.id);
    expect(forTeaser.map((e) => [e.action, e.at]).reverse()).toEqual([
      ['teaser.create', '2026-04-01T08:00:00.000Z'],
      ['teaser.publish', '2026-04-01T08:00:01.000Z'],
      ['teaser.unpublish', '2026-04-01T08:00:02.000Z'],
      ['teaser.update', '2026-04-01T08:00:03.000Z'],
      ['teaser.delete', '2026-04-01T08:00:11.000Z'],
    ]);
    expect(JSON.parse(forTeaser.at(-1)?.detail ?? '{}')).toMatchObject({ hooks: { nl: 'Drie minuten, één nieuwe handigheid.' } });
  });

  it('records nothing for a refused change', async () => {
    const before = (await entries()).length;
    expect((await admin.post('/api/admin/teasers', teaserBody('x'.repeat(141)))).status).toBe(400);
    expect((await admin.post('/api/admin/images', { data: Buffer.from('<html>').toString('base64') })).status).toBe(415);
    const employee = (await addLearner(ctx)).client;
    expect((await employee.post('/api/admin/teasers', teaserBody())).status).toBe(403);
    expect((await entries()).length).toBe(before);
  });

  it('shows the admin their own changes in their data export, and keeps the entries (without them) when they leave', async () => {
    const { person, client } = await addLearner(ctx, { role: 'admin' });
    await client.post('/api/admin/teasers', teaserBody());
    const exported = (await (await client.get('/api/me/export')).json()) as { adminChanges: Array<{ action: string }> };
    expect(exported.adminChanges.map((c) => c.action)).toEqual(['teaser.create']);
    expect((await client.delete('/api/me')).status).toBe(200);
    const rows = await ctx.deps.db.selectFrom('audit_log').selectAll().where('action', '=', 'teaser.create').execute();
    expect(rows.some((r) => r.actor_id === person.id)).toBe(false);
    expect(rows.some((r) => r.actor_id === null)).toBe(true);
  });
});
