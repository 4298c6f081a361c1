import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonRow } from '../../server/features/people/people.table';
import { personalDataExportSchema } from '../../shared/schemas/privacy';
import { adminRecognitionListSchema, myRecognitionListSchema, teamRoleModelsSchema } from '../../shared/schemas/recognition';
import { expectApiError } from '../helpers/api-error';
import { testDatabases } from '../helpers/databases';
import { addCampaign } from '../helpers/campaigns';
import { addTeam } from '../helpers/organisation';
import { addPerson, createTestContext, signedInClient, type TestClient, type TestContext } from '../helpers/test-app';

describe.each(testDatabases())('role models ($name)', (kind) => {
  let ctx: TestContext;
  let manager: PersonRow;
  let managerPhone: TestClient;
  let star: PersonRow;
  let starPhone: TestClient;
  let teammate: TestClient;
  let otherTeam: TestClient;
  let admin: TestClient;
  let adminPerson: PersonRow;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    const [team, other] = [await addTeam(ctx), await addTeam(ctx)];
    manager = await addPerson(ctx, { role: 'manager', teamId: team.id, name: 'Mark Manager' });
    managerPhone = await signedInClient(ctx, manager.id);
    star = await addPerson(ctx, { teamId: team.id, name: 'Stella Star' });
    starPhone = await signedInClient(ctx, star.id);
    teammate = await signedInClient(ctx, (await addPerson(ctx, { teamId: team.id })).id);
    otherTeam = await signedInClient(ctx, (await addPerson(ctx, { teamId: other.id })).id);
    adminPerson = await addPerson(ctx, { role: 'admin' });
    admin = await signedInClient(ctx, adminPerson.id);
  });
  afterAll(() => ctx.close());

  const teamRoleModels = async (client: TestClient) => teamRoleModelsSchema.parse(await (await client.get('/api/team/role-models')).json()).roleModels;

  it('lets a manager name a team member; the person sees it; the team sees it only once they share it', async () => {
    const campaignId = (await addCampaign(ctx, adminPerson)).id;
    const named = await managerPhone.post('/api/recognitions', { personId: star.id, message: 'Finished every training this month', campaignId });
    expect(named.status).toBe(201);
    const [mine] = myRecognitionListSchema.parse(await (await starPhone.get('/api/me/recognitions')).json()).recognitions;
    expect(mine).toMatchObject({ managerName: 'Mark Manager', message: 'Finished every training this month', shared: false, decided: false });
    expect(await teamRoleModels(teammate)).toEqual([]);

    const shared = await starPhone.patch(`/api/me/recognitions/${mine?.id}`, { shared: true });
    expect(await shared.json()).toMatchObject({ shared: true, decided: true });
    expect(await teamRoleModels(teammate)).toEqual([expect.objectContaining({ personName: 'Stella Star', message: 'Finished every training this month' })]);
    expect(await teamRoleModels(otherTeam)).toEqual([]);

    await starPhone.patch(`/api/me/recognitions/${mine?.id}`, { shared: false });
    expect(await teamRoleModels(teammate)).toEqual([]);

    const forCampaign = adminRecognitionListSchema.parse(await (await admin.get(`/api/admin/recognitions?campaignId=${campaignId}`)).json()).recognitions;
    expect(forCampaign).toEqual([expect.objectContaining({ personName: 'Stella Star', managerName: 'Mark Manager', campaignId })]);
    expect(adminRecognitionListSchema.parse(await (await admin.get(`/api/admin/recognitions?campaignId=${randomUUID()}`)).json()).recognitions).toEqual([]);
  });

  it('keeps managers to their own team, and a person to their own recognitions', async () => {
    const outsider = await addPerson(ctx);
    await expectApiError(await managerPhone.post('/api/recognitions', { personId: outsider.id, message: 'Nice' }), 422, 'not_in_team');
    await expectApiError(await managerPhone.post('/api/recognitions', { personId: manager.id, message: 'Me!' }), 422, 'not_in_team');
    await expectApiError(await managerPhone.post('/api/recognitions', { personId: star.id, message: 'Nice', campaignId: randomUUID() }), 422, 'unknown_campaign');
    const [mine] = myRecognitionListSchema.parse(await (await starPhone.get('/api/me/recognitions')).json()).recognitions;
    await expectApiError(await teammate.patch(`/api/me/recognitions/${mine?.id}`, { shared: true }), 404, 'not_found');
    const candidates = (await (await managerPhone.get('/api/recognitions/candidates')).json()) as { people: { name: string }[] };
    expect(candidates.people.map((p) => p.name)).toContain('Stella Star');
  });

  it('exports recognitions with the person and keeps them when the manager leaves', async () => {
    const exported = personalDataExportSchema.parse(await (await starPhone.get('/api/me/export')).json());
    expect(exported.roleModelRecognitions).toEqual([expect.objectContaining({ managerName: 'Mark Manager' })]);
    await ctx.deps.db.deleteFrom('sessions').where('person_id', '=', manager.id).execute();
    await ctx.deps.db.deleteFrom('people').where('id', '=', manager.id).execute();
    expect(myRecognitionListSchema.parse(await (await starPhone.get('/api/me/recognitions')).json()).recognitions).toHaveLength(1);
    expect((await starPhone.delete('/api/me')).status).toBe(200);
    expect(await ctx.deps.db.selectFrom('recognitions').select('id').where('person_id', '=', star.id).execute()).toEqual([]);
  });
});
