import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonRow } from '../../server/features/people/people.table';
import { adminStrategySchema, goalSchema, myWiifmSchema, whyWeLearnSchema } from '../../shared/schemas/strategy';
import { personalDataExportSchema } from '../../shared/schemas/privacy';
import { expectApiError } from '../helpers/api-error';
import { addCampaign } from '../helpers/campaigns';
import { testDatabases } from '../helpers/databases';
import { addItem } from '../helpers/learning';
import { addTeam } from '../helpers/organisation';
import { addPerson, createTestContext, signedInClient, type TestClient, type TestContext } from '../helpers/test-app';

describe.each(testDatabases())('learning strategy ($name)', (kind) => {
  let ctx: TestContext;
  let admin: TestClient;
  let adminPerson: PersonRow;
  let carer: PersonRow;
  let carerPhone: TestClient;
  let colleague: TestClient;
  let team: Awaited<ReturnType<typeof addTeam>>;
  let emptyTeam: Awaited<ReturnType<typeof addTeam>>;
  let managerItem: string;
  let everyoneItem: string;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    [team, emptyTeam] = [await addTeam(ctx), await addTeam(ctx)];
    adminPerson = await addPerson(ctx, { role: 'admin' });
    admin = await signedInClient(ctx, adminPerson.id);
    carer = await addPerson(ctx, { teamId: team.id, language: 'nl' });
    carerPhone = await signedInClient(ctx, carer.id);
    colleague = await signedInClient(ctx, (await addPerson(ctx, { teamId: team.id })).id);
    everyoneItem = (await addItem(ctx, { languages: ['nl', 'en'] })).id;
    managerItem = (await addItem(ctx, { targetRoles: ['manager'] })).id;
  });
  afterAll(() => ctx.close());

  const strategy = async () => adminStrategySchema.parse(await (await admin.get('/api/admin/strategy')).json());
  const why = async (client: TestClient) => whyWeLearnSchema.parse(await (await client.get('/api/why-we-learn')).json());

  it('keeps drivers in order and counts what is still to write', async () => {
    const before = (await strategy()).completeness;
    expect(before).toMatchObject({ drivers: 0, organisationGoals: 0 });
    const saved = await admin.request('PUT', '/api/admin/strategy/drivers', {
      drivers: [
        { kind: 'digital_transformation', title: { nl: 'Nieuw EPD', en: 'New health record' }, explanation: { nl: 'Iedereen werkt straks in het EPD.', en: 'Everyone will work in it.' } },
        { kind: 'legal_obligations', title: { nl: 'BHV', en: 'Emergency response' }, explanation: { nl: '', en: '' } },
      ],
    });
    expect(saved.status).toBe(200);
    const after = await strategy();
    expect(after.drivers.map((d) => d.kind)).toEqual(['digital_transformation', 'legal_obligations']);
    expect(after.completeness.drivers).toBe(2);
  });

  it('builds goals top-down and refuses cycles, a lower parent, a department goal without parent and unpublished items', async () => {
    const organisation = goalSchema.parse(
      await (await admin.post('/api/admin/goals', { level: 'organisation', title: { nl: 'Competenties ontwikkelen', en: 'Develop competencies' }, itemIds: [everyoneItem] })).json(),
    );
    const sub = goalSchema.parse(
      await (await admin.post('/api/admin/goals', { level: 'organisation', parentId: organisation.id, title: { nl: 'Digitaal vaardig', en: 'Digitally skilled' } })).json(),
    );
    const department = await admin.post('/api/admin/goals', {
      level: 'department',
      departmentId: team.department_id,
      parentId: sub.id,
      title: { nl: 'Iedereen werkt in het EPD', en: 'Everyone uses the health record' },
      competencies: ['EPD'],
      itemIds: [everyoneItem],
    });
    expect(department.status).toBe(201);
    const departmentGoal = goalSchema.parse(await department.json());

    const cycle = { level: 'organisation', parentId: sub.id, title: { nl: 'Competenties ontwikkelen', en: 'Develop competencies' } };
    await expectApiError(await admin.request('PUT', `/api/admin/goals/${organisation.id}`, cycle), 422, 'goal_cycle');
    await expectApiError(
      await admin.request('PUT', `/api/admin/goals/${organisation.id}`, { ...cycle, parentId: organisation.id }),
      422,
      'goal_cycle',
    );
    await expectApiError(await admin.post('/api/admin/goals', { ...cycle, parentId: departmentGoal.id }), 422, 'parent_level');
    await expectApiError(
      await admin.post('/api/admin/goals', { level: 'department', departmentId: team.department_id, title: cycle.title }),
      422,
      'parent_required',
    );
    const draft = (await addItem(ctx, { publishedAt: null })).id;
    await expectApiError(await admin.post('/api/admin/goals', { level: 'organisation', title: cycle.title, itemIds: [draft] }), 422, 'unknown_item');
    // Nothing of the refused goals was stored.
    expect((await strategy()).goals).toHaveLength(3);

    const view = await why(carerPhone);
    expect(view.organisationGoals.map((g) => g.title.en)).toEqual(['Develop competencies', 'Digitally skilled']);
    expect(view.organisationGoals[0]?.items.map((i) => i.id)).toEqual([everyoneItem]);
    expect(view.departmentGoals.map((g) => g.id)).toEqual([departmentGoal.id]);
    expect(view.drivers).toHaveLength(2);
  });

  it('lets a person set, change, reach and remove their own goals, which nobody else can touch', async () => {
    const parent = (await why(carerPhone)).departmentGoals[0];
    const created = await carerPhone.post('/api/me/goals', { title: 'Zelf rapporteren in het EPD', parentId: parent?.id, agreedWithManager: true });
    expect(created.status).toBe(201);
    const goal = goalSchema.parse(await created.json());
    expect(goal).toMatchObject({ level: 'individual', parentId: parent?.id, reached: false, agreedWithManager: true });
    const reached = goalSchema.parse(await (await carerPhone.patch(`/api/me/goals/${goal.id}`, { reached: true })).json());
    expect(reached.reached).toBe(true);
    expect((await why(carerPhone)).myGoals).toEqual([{ ...reached, items: [] }]);
    expect((await why(colleague)).myGoals).toEqual([]);
    await expectApiError(await colleague.patch(`/api/me/goals/${goal.id}`, { reached: false }), 404, 'not_found');
    await expectApiError(await colleague.post('/api/me/goals', { title: 'Mine under hers', parentId: goal.id }), 422, 'unknown_parent');
    await expectApiError(await carerPhone.post('/api/me/goals', { title: 'x'.repeat(161) }), 400, 'validation_failed');

    // Changed later: its words, and a competency, which brings the trainings that teach it.
    await ctx.deps.db.updateTable('learning_items').set({ competencies: JSON.stringify(['Rapporteren']) }).where('id', '=', everyoneItem).execute();
    const changed = await carerPhone.patch(`/api/me/goals/${goal.id}`, { title: 'Zelf rapporteren in het EPD', competencies: ['rapporteren'] });
    expect(goalSchema.parse(await changed.json()).competencies).toEqual(['rapporteren']);
    expect((await why(carerPhone)).myGoals[0]?.items.map((i) => i.id)).toEqual([everyoneItem]);
    await expectApiError(await carerPhone.patch(`/api/me/goals/${goal.id}`, { competencies: ['x'.repeat(61)] }), 400, 'validation_failed');

    const exported = personalDataExportSchema.parse(await (await carerPhone.get('/api/me/export')).json());
    expect(exported.personalGoals).toEqual([expect.objectContaining({ title: 'Zelf rapporteren in het EPD', competencies: ['rapporteren'], reached: true })]);
    expect((await carerPhone.delete(`/api/me/goals/${goal.id}`)).status).toBe(200);
    expect((await why(carerPhone)).myGoals).toEqual([]);
  });

  it('shows empty WIIFM cells only for groups with people, refuses long messages and picks the most specific group', async () => {
    const cells = (await strategy()).wiifm;
    expect(cells.filter((c) => c.groupKind === 'team' && c.groupId === team.id)).toHaveLength(5);
    expect(cells.some((c) => c.groupId === emptyTeam.id)).toBe(false);
    expect((await strategy()).completeness.wiifmEmpty).toBe(cells.length);

    const message = { need: 'effectiveness', nl: 'Minder dubbel werk.', en: 'Less double work.' };
    await expectApiError(await admin.request('PUT', '/api/admin/wiifm', { ...message, groupKind: 'team', groupId: team.id, nl: 'x'.repeat(281) }), 400, 'validation_failed');
    await expectApiError(await admin.request('PUT', '/api/admin/wiifm', { ...message, groupKind: 'team', groupId: 'no-such-team' }), 422, 'unknown_group');
    expect((await admin.request('PUT', '/api/admin/wiifm', { ...message, groupKind: 'language', groupId: 'nl', nl: 'Voor iedereen die Nederlands spreekt.' })).status).toBe(200);
    expect((await admin.request('PUT', '/api/admin/wiifm', { ...message, groupKind: 'team', groupId: team.id })).status).toBe(200);
    const after = await strategy();
    expect(after.wiifm.find((c) => c.groupId === team.id && c.need === 'effectiveness')?.message).toEqual({ nl: 'Minder dubbel werk.', en: 'Less double work.' });
    expect(after.completeness.wiifmFilled).toBe(2);

    const mine = myWiifmSchema.parse(await (await carerPhone.get('/api/me/wiifm')).json()).messages;
    expect(mine).toEqual([{ need: 'effectiveness', text: 'Minder dubbel werk.', language: 'nl' }]);
    // A campaign that does not target them brings no message on its kick-off page.
    const kitchen = await addCampaign(ctx, adminPerson, { target: { departmentIds: [emptyTeam.department_id] } });
    expect(myWiifmSchema.parse(await (await carerPhone.get(`/api/me/wiifm?campaignId=${kitchen.id}`)).json()).messages).toEqual([]);
    const forAll = await addCampaign(ctx, adminPerson);
    expect(myWiifmSchema.parse(await (await carerPhone.get(`/api/me/wiifm?campaignId=${forAll.id}`)).json()).messages).toHaveLength(1);
  });

  it("has a row per location campaigns hang posters at, whose message is for that campaign's kick-off", async () => {
    const before = await strategy();
    const hall = await addCampaign(ctx, adminPerson, { target: { locations: ['Gebouw B, hal'] } });
    const after = await strategy();
    const cells = after.wiifm.filter((c) => c.groupKind === 'location' && c.groupId === 'Gebouw B, hal');
    // A place counts nobody, yet its empty cells are there to write.
    expect(cells).toHaveLength(5);
    expect(cells.every((c) => c.people === null && c.message === null)).toBe(true);
    expect(after.completeness.wiifmEmpty).toBe(before.completeness.wiifmEmpty + 5);

    await expectApiError(await admin.request('PUT', '/api/admin/wiifm', { groupKind: 'location', groupId: 'Nergens', need: 'career', nl: 'x', en: 'x' }), 422, 'unknown_group');
    const put = await admin.request('PUT', '/api/admin/wiifm', { groupKind: 'location', groupId: 'Gebouw B, hal', need: 'career', nl: 'Bij de hal: leer voor je volgende stap.', en: 'At the hall: learn for your next step.' });
    expect(put.status).toBe(200);
    const onKickoff = myWiifmSchema.parse(await (await carerPhone.get(`/api/me/wiifm?campaignId=${hall.id}`)).json()).messages;
    expect(onKickoff).toContainEqual({ need: 'career', text: 'Bij de hal: leer voor je volgende stap.', language: 'nl' });
    // The team's message stays first for its need: a location comes after team and department.
    expect(onKickoff).toContainEqual({ need: 'effectiveness', text: 'Minder dubbel werk.', language: 'nl' });
    // On the home (no campaign read) the person is at no location.
    expect(myWiifmSchema.parse(await (await carerPhone.get('/api/me/wiifm')).json()).messages.some((m) => m.need === 'career')).toBe(false);
  });

  it('generates what to expect per role from the real offer', async () => {
    const saved = await admin.request('PUT', '/api/admin/roles/employee/competencies', { job: ['Rapporteren'], market: ['Digitale vaardigheden'] });
    expect(saved.status).toBe(200);
    const roles = (await strategy()).roles;
    const employee = roles.find((r) => r.role === 'employee');
    expect(employee?.trainings.micro.map((t) => t.id)).toContain(everyoneItem);
    expect(employee?.trainings.micro.map((t) => t.id)).not.toContain(managerItem);
    expect(roles.find((r) => r.role === 'manager')?.trainings.micro.map((t) => t.id)).toContain(managerItem);
    expect((await why(carerPhone)).expectations.competencies).toEqual({ job: ['Rapporteren'], market: ['Digitale vaardigheden'] });
    await expectApiError(await admin.request('PUT', '/api/admin/roles/astronaut/competencies', { job: [], market: [] }), 400);
  });
});
