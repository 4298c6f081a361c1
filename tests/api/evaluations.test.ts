import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluationResultsSchema, myEvaluationSchema, type EvaluationInput } from '../../shared/schemas/evaluations';
import { personalDataExportSchema } from '../../shared/schemas/privacy';
import { expectApiError } from '../helpers/api-error';
import { testDatabases } from '../helpers/databases';
import { addLearner, sendEvents } from '../helpers/learning';
import { addItem } from '../helpers/learning';
import { addTeam } from '../helpers/organisation';
import { noticesOf } from '../helpers/retain';
import { addPerson, createTestContext, signedInClient, type TestClient, type TestContext } from '../helpers/test-app';

const DAY = 86_400_000;

/** Five questions of each kind but free text twice: a short evaluation as L&D would build it. */
export function evaluationBody(overrides: Partial<EvaluationInput> = {}): EvaluationInput {
  return {
    title: { nl: 'Hoe gaat het?', en: 'How is it going?' },
    questions: [
      { id: 'easy', kind: 'likert', text: { nl: 'De app is makkelijk.', en: 'The app is easy.' }, options: [] },
      { id: 'recommend', kind: 'nps', text: { nl: 'Zou je hem aanraden?', en: 'Would you recommend it?' }, options: [] },
      { id: 'form', kind: 'choice', text: { nl: 'Hoe leer je?', en: 'How do you learn?' }, options: [{ nl: 'Telefoon', en: 'Phone' }, { nl: 'Klas', en: 'Classroom' }] },
      { id: 'tip', kind: 'text', text: { nl: 'Een tip?', en: 'A tip?' }, options: [] },
    ],
    trigger: { kind: 'periodic', everyDays: 90 },
    status: 'open',
    ...overrides,
  };
}

const answers = (easy: number, tip = 'More videos please') => ({
  answers: [
    { questionId: 'easy', value: easy },
    { questionId: 'recommend', value: 9 },
    { questionId: 'form', value: 0 },
    { questionId: 'tip', text: tip },
  ],
});

describe.each(testDatabases())('evaluations ($name)', (kind) => {
  let ctx: TestContext;
  let admin: TestClient;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    admin = await signedInClient(ctx, (await addPerson(ctx, { role: 'admin' })).id);
  });
  afterAll(() => ctx.close());

  /** Closes every open evaluation, so each test sees only its own. */
  async function onlyThis(body: EvaluationInput): Promise<string> {
    await ctx.deps.db.updateTable('evaluations').set({ status: 'closed' }).where('status', '=', 'open').execute();
    const created = await admin.post('/api/admin/evaluations', body);
    expect(created.status, await created.clone().text()).toBe(201);
    return ((await created.json()) as { id: string }).id;
  }
  const cardOf = async (client: TestClient) => myEvaluationSchema.parse(await (await client.get('/api/me/evaluation')).json()).evaluation;
  /** What the home does: reads the card, then says it is on screen. */
  const seeCard = async (client: TestClient) => {
    const card = await cardOf(client);
    if (card) expect((await client.post(`/api/me/evaluations/${card.id}/shown`)).status).toBe(200);
    return card;
  };
  const resultsOf = async (id: string, query = '') => evaluationResultsSchema.parse(await (await admin.get(`/api/admin/evaluations/${id}/results${query}`)).json());

  it('stores answers apart from who gave them: no person id, the day only, no link to the participation', async () => {
    const id = await onlyThis(evaluationBody());
    const { person, client } = await addLearner(ctx);
    ctx.clock.set('2026-03-02T15:47:13.123Z');
    expect((await seeCard(client))?.id).toBe(id);
    expect((await client.post(`/api/me/evaluations/${id}/responses`, answers(4, 'Shorter videos'))).status).toBe(200);

    const responses = await ctx.deps.db.selectFrom('evaluation_responses').selectAll().where('evaluation_id', '=', id).execute();
    expect(responses).toHaveLength(1);
    const [response] = responses;
    // Every column, named: none holds the person, a moment finer than the day, or anything of the participation.
    expect(Object.keys(response ?? {}).sort()).toEqual(['answered_on', 'answers', 'department_id', 'evaluation_id', 'id', 'item_id', 'role', 'team_id']);
    expect(response?.answered_on).toBe('2026-03-02');
    expect(JSON.stringify(response)).not.toContain(person.id);
    expect(JSON.stringify(response)).not.toContain('15:47');
    const participation = await ctx.deps.db.selectFrom('evaluation_participations').selectAll().where('person_id', '=', person.id).where('evaluation_id', '=', id).executeTakeFirstOrThrow();
    expect(participation.responded_on).toBe('2026-03-02');
    expect(JSON.stringify(participation)).not.toContain('Shorter videos');
    expect(Object.values(participation)).not.toContain(response?.id);

    // The export says that they answered, never what; erasing them leaves the anonymous answer, which names nobody.
    const exported = personalDataExportSchema.parse(await (await client.get('/api/me/export')).json());
    expect(exported.evaluationParticipations).toEqual([expect.objectContaining({ evaluationId: id, respondedOn: '2026-03-02' })]);
    expect(JSON.stringify(exported)).not.toContain('Shorter videos');
    expect((await client.delete('/api/me')).status).toBe(200);
    expect(await ctx.deps.db.selectFrom('evaluation_participations').select('person_id').where('person_id', '=', person.id).execute()).toEqual([]);
    expect(await ctx.deps.db.selectFrom('evaluation_responses').select('id').where('evaluation_id', '=', id).execute()).toHaveLength(1);
  });

  it('withholds scores under 5 responses and comments under 10, for every filter', async () => {
    const id = await onlyThis(evaluationBody());
    const [big, small] = [await addTeam(ctx), await addTeam(ctx)];
    const answer = async (teamId: string, easy: number) => {
      const { client } = await addLearner(ctx, { teamId });
      await seeCard(client);
      expect((await client.post(`/api/me/evaluations/${id}/responses`, answers(easy, `=cmd|' /C calc'!A0 from ${easy}`))).status).toBe(200);
    };
    for (let i = 0; i < 4; i += 1) await answer(big.id, 4);
    let all = await resultsOf(id);
    expect(all).toMatchObject({ responses: null, withheld: true, commentsWithheld: true });
    expect(all.questions.every((q) => q.distribution === null && q.score === null && q.comments === null)).toBe(true);
    expect(all.questions.flatMap((q) => q.trend).every((t) => t.score === null && t.responses === null)).toBe(true);

    await answer(big.id, 2);
    all = await resultsOf(id);
    expect(all).toMatchObject({ responses: 5, withheld: false, commentsWithheld: true });
    expect(all.questions.find((q) => q.questionId === 'easy')).toMatchObject({ score: 3.6, comments: null });
    expect(all.questions.find((q) => q.questionId === 'recommend')?.score).toBe(100);
    expect(all.questions.find((q) => q.questionId === 'tip')?.comments).toBeNull();

    for (let i = 0; i < 4; i += 1) await answer(small.id, 5);
    for (let i = 0; i < 5; i += 1) await answer(big.id, 3);
    all = await resultsOf(id);
    expect(all).toMatchObject({ responses: 14, commentsWithheld: false });
    expect(all.questions.find((q) => q.questionId === 'tip')?.comments).toHaveLength(14);
    // A filter with 4 behind it shows nothing; one with 10 shows scores and comments; and the big team's 10 out of 14
    // would leave the small team's 4 to subtraction, so its figures are held back too.
    const smallTeam = await resultsOf(id, `?teamId=${small.id}`);
    expect(smallTeam).toMatchObject({ responses: null, withheld: true, commentsWithheld: true });
    expect(smallTeam.questions.every((q) => q.score === null && q.distribution === null && q.comments === null)).toBe(true);
    expect(await resultsOf(id, `?teamId=${big.id}`)).toMatchObject({ responses: null, withheld: true });
    expect(await resultsOf(id, `?departmentId=${small.department_id}`)).toMatchObject({ withheld: true });
    expect(await resultsOf(id, '?role=manager')).toMatchObject({ withheld: true });
    expect(await resultsOf(id, `?itemId=${crypto.randomUUID()}`)).toMatchObject({ withheld: true });

    // The CSV follows the same results, and neutralises cells that a spreadsheet would run.
    const csv = await (await admin.get(`/api/admin/evaluations/${id}/results.csv`)).text();
    expect(csv).toContain(`,'=cmd|' /C calc'!A0 from 5`);
    expect(csv.split('\r\n').some((line) => /(^|,)[=+\-@]/.test(line))).toBe(false);
    expect(await (await admin.get(`/api/admin/evaluations/${id}/results.csv?teamId=${small.id}`)).text()).not.toContain('calc');
  });

  it('reminds only those who were shown it and did not answer, and only once', async () => {
    const id = await onlyThis(evaluationBody());
    const answered = await addLearner(ctx);
    const dismissed = await addLearner(ctx);
    const ignored = await addLearner(ctx);
    const neverShown = await addLearner(ctx);
    for (const p of [answered, dismissed, ignored]) expect((await seeCard(p.client))?.id).toBe(id);
    await answered.client.post(`/api/me/evaluations/${id}/responses`, answers(5));
    await dismissed.client.post(`/api/me/evaluations/${id}/dismiss`);
    expect(await cardOf(dismissed.client)).toBeNull();

    ctx.clock.advance(3 * DAY);
    expect(await (await admin.post(`/api/admin/evaluations/${id}/reminders`)).json()).toEqual({ reminded: 2 });
    expect(await (await admin.post(`/api/admin/evaluations/${id}/reminders`)).json()).toEqual({ reminded: 0 });
    for (const p of [dismissed, ignored]) expect(await noticesOf(ctx, p.person.id, 'evaluation_reminder')).toHaveLength(1);
    for (const p of [answered, neverShown]) expect(await noticesOf(ctx, p.person.id, 'evaluation_reminder')).toEqual([]);
    // The second chance: the dismissed card comes back once, flagged as a reminder; dismissed again, it stays away.
    expect(await cardOf(dismissed.client)).toMatchObject({ id, reminder: true });
    ctx.clock.advance(60_000);
    await dismissed.client.post(`/api/me/evaluations/${id}/dismiss`);
    expect(await cardOf(dismissed.client)).toBeNull();
    expect(await cardOf(answered.client)).toBeNull();
  });

  it('asks a person at most one evaluation per 30 days, across evaluations', async () => {
    await ctx.deps.db.updateTable('evaluations').set({ status: 'closed' }).where('status', '=', 'open').execute();
    const item = await addItem(ctx);
    const first = (await (await admin.post('/api/admin/evaluations', evaluationBody())).json()) as { id: string };
    const second = (await (await admin.post('/api/admin/evaluations', evaluationBody({ trigger: { kind: 'after_training', itemId: item.id } }))).json()) as { id: string };
    const { client } = await addLearner(ctx);
    expect((await seeCard(client))?.id).toBe(first.id);
    await client.post(`/api/me/evaluations/${first.id}/responses`, answers(4));
    await sendEvents(ctx, client, [{ kind: 'training_completed', itemId: item.id }]);
    expect(await cardOf(client)).toBeNull();
    ctx.clock.advance(29 * DAY);
    expect(await cardOf(client)).toBeNull();
    ctx.clock.advance(1 * DAY + 60_000);
    expect((await seeCard(client))?.id).toBe(second.id);
    // Shown now, answering stays possible; the next one waits another 30 days.
    await client.post(`/api/me/evaluations/${second.id}/responses`, answers(3));
    await expectApiError(await client.post(`/api/me/evaluations/${second.id}/responses`, answers(3)), 409, 'already_answered');
  });

  it('refuses answers outside the scale, unknown questions and evaluations with 0 or 11 questions', async () => {
    const id = await onlyThis(evaluationBody());
    const { client } = await addLearner(ctx);
    await seeCard(client);
    for (const wrong of [
      { answers: [{ questionId: 'easy', value: 6 }] },
      { answers: [{ questionId: 'easy', value: 0 }] },
      { answers: [{ questionId: 'recommend', value: 11 }] },
      { answers: [{ questionId: 'form', value: 2 }] },
      { answers: [{ questionId: 'tip', value: 3 }] },
    ]) {
      await expectApiError(await client.post(`/api/me/evaluations/${id}/responses`, wrong), 422, 'answer_out_of_scale');
    }
    await expectApiError(await client.post(`/api/me/evaluations/${id}/responses`, { answers: [{ questionId: 'nope', value: 1 }] }), 422, 'unknown_question');
    await expectApiError(await client.post(`/api/me/evaluations/${id}/responses`, { answers: [{ questionId: 'easy', value: 1 }, { questionId: 'easy', value: 2 }] }), 422);
    await expectApiError(await client.post(`/api/me/evaluations/${id}/responses`, { answers: [{ questionId: 'easy', value: 2.5 }] }), 400);
    const [question] = evaluationBody().questions;
    await expectApiError(await admin.post('/api/admin/evaluations', evaluationBody({ questions: [] })), 400, 'validation_failed');
    const eleven = Array.from({ length: 11 }, (_, i) => ({ ...question, id: `q${i}` })) as EvaluationInput['questions'];
    await expectApiError(await admin.post('/api/admin/evaluations', evaluationBody({ questions: eleven })), 400, 'validation_failed');
    expect((await admin.post('/api/admin/evaluations', evaluationBody({ questions: eleven.slice(0, 10), status: 'draft' }))).status).toBe(201);
    // Not shown to them: nothing to answer.
    const stranger = await addLearner(ctx);
    await expectApiError(await stranger.client.post(`/api/me/evaluations/${crypto.randomUUID()}/responses`, answers(3)), 404);
  });

  it('reads the card without changing anything: only saying it is on screen starts the round and the 30 days', async () => {
    const id = await onlyThis(evaluationBody());
    const { person, client } = await addLearner(ctx);
    const participations = () => ctx.deps.db.selectFrom('evaluation_participations').selectAll().where('person_id', '=', person.id).execute();
    const reached = async () => ((await (await admin.get('/api/admin/evaluations')).json()) as { evaluations: Array<{ id: string; reached: number }> }).evaluations.find((e) => e.id === id)?.reached;
    for (let i = 0; i < 3; i += 1) expect((await cardOf(client))?.id).toBe(id);
    expect(await participations()).toEqual([]);
    expect(await reached()).toBe(0);
    // Nothing to answer or dismiss before it was on screen.
    await expectApiError(await client.post(`/api/me/evaluations/${id}/responses`, answers(4)), 404);
    await expectApiError(await client.post(`/api/me/evaluations/${id}/dismiss`), 404);
    // Said twice (a second tab, a retry), it is one showing.
    expect((await client.post(`/api/me/evaluations/${id}/shown`)).status).toBe(200);
    ctx.clock.advance(60_000);
    expect((await client.post(`/api/me/evaluations/${id}/shown`)).status).toBe(200);
    expect(await participations()).toHaveLength(1);
    expect(await reached()).toBe(1);
    // Another evaluation is not theirs to see now: the 30 days started with this one.
    const other = (await (await admin.post('/api/admin/evaluations', evaluationBody())).json()) as { id: string };
    await expectApiError(await client.post(`/api/me/evaluations/${other.id}/shown`), 404);
    await expectApiError(await client.post(`/api/me/evaluations/${crypto.randomUUID()}/shown`), 404);
    expect(await participations()).toHaveLength(1);
    expect((await client.post(`/api/me/evaluations/${id}/responses`, answers(4))).status).toBe(200);
  });

  it('lets L&D edit questions and trigger until someone answered, then the trigger and status only; each save is in the audit log', async () => {
    const created = (await (await admin.post('/api/admin/evaluations', evaluationBody({ status: 'draft' }))).json()) as { id: string };
    const id = created.id;
    const stored = async () => ((await (await admin.get('/api/admin/evaluations')).json()) as { evaluations: Array<EvaluationInput & { id: string }> }).evaluations.find((e) => e.id === id);
    const five = evaluationBody().questions.concat([{ id: 'offer', kind: 'likert', text: { nl: 'Het aanbod past.', en: 'The offer fits.' }, options: [] }]);
    const edited = evaluationBody({ title: { nl: 'Kwartaalcheck', en: 'Quarterly check' }, questions: five, trigger: { kind: 'after_activities', count: 3 }, status: 'draft' });
    const put = (body: unknown) => admin.request('PUT', `/api/admin/evaluations/${id}`, body);
    expect((await put(edited)).status).toBe(200);
    expect(await stored()).toMatchObject({ title: edited.title, questions: five, trigger: { kind: 'after_activities', count: 3 }, status: 'draft' });
    const audit = await ctx.deps.db.selectFrom('audit_log').select(['action', 'actor_id']).where('entity_id', '=', id).execute();
    expect(audit.length).toBeGreaterThanOrEqual(2);

    // Bad shapes change nothing: a choice with one option, a trigger off its range, an unknown kind, a question without text.
    const oneOption = { ...edited, questions: [{ id: 'c', kind: 'choice', text: { nl: 'Kies', en: 'Pick' }, options: [{ nl: 'Ja', en: 'Yes' }] }] };
    for (const bad of [oneOption, { ...edited, trigger: { kind: 'periodic', everyDays: 7 } }, { ...edited, trigger: { kind: 'weekly' } }, { ...edited, questions: [{ ...five[0], text: { nl: '', en: '' } }] }]) {
      await expectApiError(await put(bad), 400, 'validation_failed');
    }
    await expectApiError(await admin.request('PUT', `/api/admin/evaluations/${crypto.randomUUID()}`, edited), 404);
    expect(await stored()).toMatchObject({ questions: five, trigger: { kind: 'after_activities', count: 3 } });

    // Opened and answered: the questions are fixed (results would mix), the trigger and status are not.
    await ctx.deps.db.updateTable('evaluations').set({ status: 'closed' }).where('status', '=', 'open').execute();
    expect((await put({ ...edited, trigger: { kind: 'periodic', everyDays: 90 }, status: 'open' })).status).toBe(200);
    const { client } = await addLearner(ctx);
    expect((await seeCard(client))?.id).toBe(id);
    expect((await client.post(`/api/me/evaluations/${id}/responses`, answers(4))).status).toBe(200);
    await expectApiError(await put({ ...edited, questions: five.slice(0, 4), status: 'open' }), 409, 'questions_answered');
    expect((await stored())?.questions).toEqual(five);
    expect((await put({ ...edited, trigger: { kind: 'periodic', everyDays: 120 }, status: 'closed' })).status).toBe(200);
    expect(await stored()).toMatchObject({ trigger: { kind: 'periodic', everyDays: 120 }, status: 'closed', questions: five });
  });

  it('counts a one-tap reaction per person and training', async () => {
    const item = await addItem(ctx);
    const [a, b] = [await addLearner(ctx), await addLearner(ctx)];
    await a.client.request('PUT', `/api/items/${item.id}/reaction`, { useful: true });
    await a.client.request('PUT', `/api/items/${item.id}/reaction`, { useful: false });
    await b.client.request('PUT', `/api/items/${item.id}/reaction`, { useful: false });
    const counts = (await (await admin.get('/api/admin/reactions')).json()) as { trainings: Array<{ itemId: string; useful: number; notUseful: number }> };
    expect(counts.trainings.find((t) => t.itemId === item.id)).toMatchObject({ useful: 0, notUseful: 2 });
    await expectApiError(await a.client.request('PUT', `/api/items/${crypto.randomUUID()}/reaction`, { useful: true }), 404);
  });
});
