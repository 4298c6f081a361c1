import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reorderOffer } from '../../shared/domain/recommendations';
import { MOTIVATIONS } from '../../shared/schemas/intake';
import { myOfferSchema } from '../../shared/schemas/offer';
import { adminPathListSchema, adminPathSchema, teamPathsSchema } from '../../shared/schemas/paths';
import { personalDataExportSchema } from '../../shared/schemas/privacy';
import { progressSchema } from '../../shared/schemas/progress';
import { expectApiError } from '../helpers/api-error';
import { testDatabases } from '../helpers/databases';
import { addItem, addLearner, sendEvents } from '../helpers/learning';
import { addTeam } from '../helpers/organisation';
import { addPerson, createTestContext, signedInClient, type TestClient, type TestContext } from '../helpers/test-app';

describe.each(testDatabases())('learning paths ($name)', (kind) => {
  let ctx: TestContext;
  let admin: TestClient;
  let team: Awaited<ReturnType<typeof addTeam>>;
  let manager: TestClient;
  let items: string[];

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    admin = await signedInClient(ctx, (await addPerson(ctx, { role: 'admin' })).id);
    team = await addTeam(ctx);
    manager = await signedInClient(ctx, (await addPerson(ctx, { role: 'manager', teamId: team.id })).id);
    items = [(await addItem(ctx)).id, (await addItem(ctx)).id];
  });
  afterAll(() => ctx.close());

  const pathBody = (overrides: Record<string, unknown> = {}) => ({
    title: { nl: 'BHV', en: 'Emergency response' },
    purpose: 'change',
    mandatory: true,
    dueDate: '2026-04-16',
    itemIds: items,
    target: { teamIds: [team.id] },
    ...overrides,
  });
  const offerOf = async (client: TestClient) => myOfferSchema.parse(await (await client.get('/api/me/offer')).json());

  it('refuses an unknown or unpublished item, a due date in the past, a training twice; and changes nothing', async () => {
    const draft = (await addItem(ctx, { publishedAt: null })).id;
    await expectApiError(await admin.post('/api/admin/paths', pathBody({ itemIds: [items[0], draft] })), 422, 'unknown_item');
    await expectApiError(await admin.post('/api/admin/paths', pathBody({ itemIds: [randomUUID()] })), 422, 'unknown_item');
    await expectApiError(await admin.post('/api/admin/paths', pathBody({ dueDate: '2026-03-01' })), 422, 'due_date_in_past');
    await expectApiError(await admin.post('/api/admin/paths', pathBody({ dueDate: '2026-02-30' })), 422, 'due_date_in_past');
    await expectApiError(await admin.post('/api/admin/paths', pathBody({ itemIds: [items[0], items[0]] })), 400, 'validation_failed');
    expect(adminPathListSchema.parse(await (await admin.get('/api/admin/paths')).json()).paths).toEqual([]);
  });

  it('finishes a path exactly once when its last training is done, also when sent twice and at the same time', async () => {
    const path = adminPathSchema.parse(await (await admin.post('/api/admin/paths', pathBody())).json());
    const { person, client } = await addLearner(ctx, { teamId: team.id });
    await sendEvents(ctx, client, [{ kind: 'training_completed', itemId: items[0] }]);
    expect((await offerOf(client)).paths[0]).toMatchObject({ id: path.id, completedAt: null, items: [{ done: true }, { done: false }] });
    // Two devices send the last training offline-made, with different event ids, at once; one also resends.
    const last = { kind: 'training_completed' as const, itemId: items[1] };
    await Promise.all([sendEvents(ctx, client, [last]), sendEvents(ctx, client, [last]), sendEvents(ctx, client, [last])]);
    const completions = await ctx.deps.db.selectFrom('path_completions').selectAll().where('person_id', '=', person.id).execute();
    expect(completions).toHaveLength(1);
    expect((await offerOf(client)).paths[0]?.completedAt).toBe(completions[0]?.completed_at);
    expect(adminPathListSchema.parse(await (await admin.get('/api/admin/paths')).json()).paths[0]).toMatchObject({ assigned: 2, completed: 1 });

    // Finishing the path earned its points once, through the award key like every other award.
    const awards = await ctx.deps.db.selectFrom('learning_events').selectAll().where('person_id', '=', person.id).where('kind', '=', 'path_completed').execute();
    expect(awards).toEqual([expect.objectContaining({ award_key: `path:${path.id}`, points: 20, occurred_at: completions[0]?.completed_at })]);
    const progress = progressSchema.parse(await (await client.get('/api/progress')).json());
    expect(progress.points).toBe(2 * 10 + 20);
    // A phone cannot claim a finished path itself.
    const forged = await client.post('/api/events', { events: [{ id: randomUUID(), kind: 'path_completed', occurredAt: ctx.clock().toISOString(), timeZone: 'Europe/Amsterdam' }] });
    await expectApiError(forged, 400, 'validation_failed');
    expect(progressSchema.parse(await (await client.get('/api/progress')).json()).points).toBe(40);
    // The award is the person's data like every other event: in their export.
    const exported = personalDataExportSchema.parse(await (await client.get('/api/me/export')).json());
    expect(exported.learningEvents.filter((e) => e.kind === 'path_completed')).toEqual([expect.objectContaining({ points: 20 })]);
  });

  it('values a finished path as the admin sets it; the points of one already finished keep their value', async () => {
    const elsewhere = await addTeam(ctx);
    const single = adminPathSchema.parse(await (await admin.post('/api/admin/paths', pathBody({ itemIds: [items[0]], title: { nl: 'Eén', en: 'One' }, target: { teamIds: [elsewhere.id] } }))).json());
    expect((await admin.patch('/api/admin/point-values', { path_completed: 50 })).status).toBe(200);
    const { person, client } = await addLearner(ctx, { teamId: elsewhere.id });
    await sendEvents(ctx, client, [{ kind: 'training_completed', itemId: items[0] }]);
    const award = await ctx.deps.db.selectFrom('learning_events').select(['points', 'award_key']).where('person_id', '=', person.id).where('kind', '=', 'path_completed').execute();
    expect(award).toEqual([{ points: 50, award_key: `path:${single.id}` }]);
    await admin.patch('/api/admin/point-values', { path_completed: 20 });
    await admin.delete(`/api/admin/paths/${single.id}`);
  });

  it("shows a manager each member's status on a mandatory path, and only aggregates from 5 people otherwise", async () => {
    const optional = adminPathSchema.parse(await (await admin.post('/api/admin/paths', pathBody({ mandatory: false, purpose: 'role', title: { nl: 'Groei', en: 'Growth' } }))).json());
    const view = async () => teamPathsSchema.parse(await (await manager.get('/api/team/paths')).json()).paths;
    const mandatoryView = (await view()).find((p) => p.mandatory);
    expect(mandatoryView?.people).toEqual([expect.objectContaining({ done: 2, total: 2 })]);
    expect((await view()).find((p) => p.id === optional.id)).toMatchObject({ people: null, completed: null, assigned: 1 });
    for (let i = 0; i < 4; i += 1) await addLearner(ctx, { teamId: team.id });
    expect((await view()).find((p) => p.id === optional.id)).toMatchObject({ people: null, completed: 0, assigned: 5 });

    // The manager picks from the published trainings, in order; a due date in the past or a draft is refused and makes nothing.
    const picker = teamPathsSchema.parse(await (await manager.get('/api/team/paths')).json()).trainings.map((x) => x.id);
    expect(picker).toEqual(expect.arrayContaining(items));
    const draft = (await addItem(ctx, { publishedAt: null })).id;
    expect(picker).not.toContain(draft);
    await expectApiError(await manager.post('/api/team/paths', { title: 'Te laat', purpose: 'change', dueDate: '2020-01-01', itemIds: [items[0]] }), 422, 'due_date_in_past');
    await expectApiError(await manager.post('/api/team/paths', { title: 'Concept', purpose: 'change', itemIds: [draft] }), 422, 'unknown_item');
    await expectApiError(await manager.post('/api/team/paths', { title: 'Verplicht', purpose: 'change', mandatory: true, itemIds: [items[0]] }), 400, 'validation_failed');
    const own = await manager.post('/api/team/paths', { title: 'Onze nieuwe tablets', purpose: 'onboarding', itemIds: [items[1], items[0]] });
    expect(own.status).toBe(201);
    const made = adminPathSchema.parse(await own.json());
    expect(made).toMatchObject({ mandatory: false, teamId: team.id, itemIds: [items[1], items[0]] });
    const ownView = (await view()).find((p) => p.id === made.id);
    expect(ownView).toMatchObject({ ownTeamPath: true, mandatory: false, people: null });
    expect((await view()).filter((p) => p.title === 'Te laat' || p.title === 'Concept')).toEqual([]);
  });

  it('orders the offer by motivation with the shared rule and keeps every training reachable', async () => {
    const other = await addTeam(ctx);
    const { client } = await addLearner(ctx, { teamId: other.id });
    const forRole = (await addItem(ctx, { targetRoles: ['employee'] })).id;
    await admin.post('/api/admin/paths', pathBody({ target: { teamIds: [other.id] }, itemIds: [items[1]], dueDate: null }));
    const orders = new Map<string, string[]>();
    for (const motivation of MOTIVATIONS) {
      await client.request('PUT', '/api/me/intake', { needs: ['career'], motivation, form: 'online', moment: 'midday' });
      const offer = await offerOf(client);
      expect(offer.motivation).toBe(motivation);
      expect(new Set(offer.recommended)).toEqual(new Set(offer.items.map((i) => i.id)));
      expect(offer.recommended).toContain(forRole);
      orders.set(motivation, offer.recommended);
    }
    expect(orders.get('forced_change')?.[0]).toBe(items[1]);
    expect(orders.get('new_environment')?.[0]).toBe(forRole);
    // The app orders its offline copy with the same rule and gets the same answer.
    const offer = await offerOf(client);
    expect(reorderOffer(offer, new Set(offer.items.filter((i) => i.done).map((i) => i.id)), ctx.clock().toISOString())).toEqual(offer.recommended);
  });
});
