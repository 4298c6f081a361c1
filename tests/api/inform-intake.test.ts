import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeSummarySchema, myIntakeSchema } from '../../shared/schemas/intake';
import { personalDataExportSchema } from '../../shared/schemas/privacy';
import { expectApiError } from '../helpers/api-error';
import { testDatabases } from '../helpers/databases';
import { addLearner } from '../helpers/learning';
import { addTeam } from '../helpers/organisation';
import { addPerson, createTestContext, signedInClient, type TestClient, type TestContext } from '../helpers/test-app';

const DAY = 24 * 60 * 60_000;

describe.each(testDatabases())('intake ($name)', (kind) => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
  });
  afterAll(() => ctx.close());

  const intakeOf = async (client: TestClient) => myIntakeSchema.parse(await (await client.get('/api/me/intake')).json());
  const answer = { needs: ['career', 'solve_problem'], motivation: 'forced_change', form: 'classroom', moment: 'morning' } as const;

  it('is due at first, saves an answer that sets the learning-moment default, and is asked again after six months', async () => {
    const { client } = await addLearner(ctx);
    expect(await intakeOf(client)).toMatchObject({ answer: null, due: true, momentDefault: null });
    const saved = myIntakeSchema.parse(await (await client.request('PUT', '/api/me/intake', answer)).json());
    expect(saved).toMatchObject({ answer, due: false, momentDefault: '09:30' });
    ctx.clock.advance(150 * DAY);
    expect((await intakeOf(client)).due).toBe(false);
    ctx.clock.advance(40 * DAY);
    expect(await intakeOf(client)).toMatchObject({ answer, due: true });
  });

  it('can be skipped, keeps an earlier answer when the re-ask is skipped, and refuses answers out of range', async () => {
    const { client } = await addLearner(ctx);
    expect((await client.post('/api/me/intake/skip')).status).toBe(200);
    expect(await intakeOf(client)).toMatchObject({ answer: null, due: false });
    await client.request('PUT', '/api/me/intake', answer);
    await client.post('/api/me/intake/skip');
    expect((await intakeOf(client)).answer).toEqual(answer);
    for (const wrong of [
      { ...answer, needs: ['career', 'employability', 'effectiveness'] },
      { ...answer, needs: [] },
      { ...answer, needs: ['career', 'career'] },
      { ...answer, motivation: 'boredom' },
      { ...answer, moment: 'night' },
    ]) {
      await expectApiError(await client.request('PUT', '/api/me/intake', wrong), 400, 'validation_failed');
    }
    expect((await intakeOf(client)).answer).toEqual(answer);
  });

  it('is in the export and goes with the person', async () => {
    const { person, client } = await addLearner(ctx);
    await client.request('PUT', '/api/me/intake', answer);
    const exported = personalDataExportSchema.parse(await (await client.get('/api/me/export')).json());
    expect(exported.intake?.answer).toEqual(answer);
    expect((await client.delete('/api/me')).status).toBe(200);
    expect(await ctx.deps.db.selectFrom('intakes').selectAll().where('person_id', '=', person.id).execute()).toEqual([]);
  });

  it('shows L&D aggregates only for groups where at least 5 people answered, in every breakdown', async () => {
    const [big, small] = [await addTeam(ctx), await addTeam(ctx)];
    for (let i = 0; i < 5; i += 1) {
      const { client } = await addLearner(ctx, { teamId: big.id });
      await client.request('PUT', '/api/me/intake', { ...answer, motivation: i < 3 ? 'new_competencies' : 'broad_development' });
    }
    for (let i = 0; i < 4; i += 1) {
      const { client } = await addLearner(ctx, { teamId: small.id, role: 'manager' });
      await client.request('PUT', '/api/me/intake', answer);
    }
    const admin = await signedInClient(ctx, (await addPerson(ctx, { role: 'admin' })).id);
    const summary = intakeSummarySchema.parse(await (await admin.get('/api/admin/intake-summary')).json());
    for (const kind of ['department', 'team'] as const) {
      const shown = summary.groups.find((g) => g.kind === kind && g.id === (kind === 'team' ? big.id : big.department_id));
      expect(shown?.answers).toBe(5);
      expect(shown?.needs).toEqual(expect.arrayContaining([{ need: 'career', count: 5 }, { need: 'solve_problem', count: 5 }, { need: 'effectiveness', count: 0 }]));
      expect(shown?.motivations).toEqual(expect.arrayContaining([{ motivation: 'new_competencies', count: 3 }, { motivation: 'broad_development', count: 2 }, { motivation: 'forced_change', count: 0 }]));
      expect(summary.groups.some((g) => g.kind === kind && g.id === (kind === 'team' ? small.id : small.department_id))).toBe(false);
      expect(summary.hidden.find((h) => h.kind === kind)?.groups).toBeGreaterThanOrEqual(1);
    }
    // The four managers are the only managers who answered: their role is held back too, and so is
    // the employees' role, since the whole organisation minus the employees would be those four.
    expect(summary.groups.some((g) => g.kind === 'role' && g.id === 'manager')).toBe(false);
    expect(summary.groups.some((g) => g.kind === 'role' && g.id === 'employee')).toBe(false);
    expect(summary.groups.find((g) => g.kind === 'organisation')?.answers).toBeGreaterThanOrEqual(9);
    expect(summary.groups.every((g) => g.answers >= 5)).toBe(true);
    expect(JSON.stringify(summary)).not.toMatch(/Test Person/);
  });
});
