import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import xapiValidation from 'xapi-validation';
import type { XapiStatement } from '../../shared/domain/xapi-statement';
import { xapiTask } from '../../server/features/xapi/xapi.task';
import { testDatabases } from '../helpers/databases';
import { addItem, addLearner, sendEvents } from '../helpers/learning';
import { startLocalLrs, type LocalLrs } from '../helpers/lrs';
import { addPerson, createTestContext, signedInClient, type TestClient, type TestContext } from '../helpers/test-app';

/** What the tests read of a statement the LRS received. */
type Statement = XapiStatement & { actor: { account: { name: string } }; result: { success?: boolean } };

/** Learning Locker's validator of xAPI statements: no warnings means valid. */
const validate = (xapiValidation as unknown as { default?: typeof xapiValidation }).default ?? xapiValidation;

describe.each(testDatabases())('xAPI to the learning record store ($name)', (kind) => {
  let ctx: TestContext;
  let lrs: LocalLrs;
  let admin: TestClient;
  let task: ReturnType<typeof xapiTask>;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    lrs = await startLocalLrs();
    admin = await signedInClient(ctx, (await addPerson(ctx, { role: 'admin' })).id);
    const saved = await admin.request('PUT', '/api/admin/lrs', { enabled: true, endpoint: lrs.endpoint, username: 'leerlust', password: 's3cret', includeEmail: false });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({ enabled: true, hasPassword: true });
    task = xapiTask(ctx.deps.db, ctx.deps.config, ctx.deps.log);
  });
  afterAll(async () => {
    await lrs.close();
    await ctx.close();
  });

  it('sends completed trainings, answered questions and finished paths, each statement valid, a resend stored once', async () => {
    const item = await addItem(ctx, { languages: ['nl', 'en'] });
    const { person, client } = await addLearner(ctx);
    ctx.clock.set('2026-03-02T09:00:00Z');
    await sendEvents(ctx, client, [{ kind: 'training_started', itemId: item.id }]);
    ctx.clock.set('2026-03-02T09:03:20Z');
    await sendEvents(ctx, client, [
      { kind: 'question_answered', itemId: item.id, questionId: 'q1', correct: true },
      { kind: 'question_answered', itemId: item.id, questionId: 'q2', correct: false },
      { kind: 'training_completed', itemId: item.id },
    ]);
    const pathId = randomUUID();
    const at = ctx.clock().toISOString();
    await ctx.deps.db.insertInto('learning_paths').values({ id: pathId, title_nl: 'Veilig werken', title_en: 'Working safely', purpose: 'change', mandatory: 1, due_date: null, target: '{}', team_id: null, created_by: null, created_at: at, updated_at: at }).execute();
    await ctx.deps.db.insertInto('path_completions').values({ path_id: pathId, person_id: person.id, completed_at: at }).execute();

    await task.run(ctx.clock());
    const statements = [...lrs.statements.values()] as Statement[];
    expect(statements).toHaveLength(4);
    for (const statement of statements) expect(validate(statement), JSON.stringify(statement)).toEqual([]);

    const completed = statements.find((s) => s.verb.id === 'http://adlnet.gov/expapi/verbs/completed' && s.object.definition.type.endsWith('/module'));
    expect(completed).toMatchObject({
      actor: { objectType: 'Agent', account: { homePage: 'http://localhost:3000' } },
      object: { definition: { name: { 'nl-NL': 'A micro training (nl)', 'en-GB': 'A micro training (en)' } } },
      result: { completion: true, success: true, duration: 'PT3M20S' },
    });
    // Pseudonymous: neither the e-mail address nor the person's id.
    const actorName = completed?.actor.account.name as string;
    expect(JSON.stringify(statements)).not.toContain(person.email ?? '@');
    expect(JSON.stringify(statements)).not.toContain(person.id);
    expect(statements.every((s) => s.actor.account.name === actorName)).toBe(true);
    const answers = statements.filter((s) => s.verb.id === 'http://adlnet.gov/expapi/verbs/answered');
    expect(answers.map((s) => s.result.success).sort()).toEqual([false, true]);
    expect(statements.find((s) => s.object.id.includes('/paths/'))?.object.definition.name).toEqual({ 'nl-NL': 'Veilig werken', 'en-GB': 'Working safely' });
    expect(lrs.authorizations).toEqual(new Set([`Basic ${Buffer.from('leerlust:s3cret').toString('base64')}`]));

    // A resend (the outbox forgot it was sent; the cursor starts over) is a no-op at the LRS.
    const putsBefore = lrs.puts;
    await ctx.deps.db.updateTable('xapi_outbox').set({ sent_at: null }).execute();
    await ctx.deps.db.deleteFrom('settings').where('key', '=', 'xapi_cursor').execute();
    await task.run(ctx.clock());
    expect(lrs.puts).toBe(putsBefore + 4);
    expect(lrs.statements.size).toBe(4);
    expect(await ctx.deps.db.selectFrom('xapi_outbox').select('id').execute()).toHaveLength(4);
  });

  it('queues while the LRS fails and sends later with backoff, without duplicates', async () => {
    const item = await addItem(ctx, { languages: ['nl', 'en'] });
    const { client } = await addLearner(ctx);
    await sendEvents(ctx, client, [{ kind: 'training_completed', itemId: item.id }]);
    lrs.failing = true;
    const before = lrs.statements.size;
    await task.run(ctx.clock());
    const waiting = await ctx.deps.db.selectFrom('xapi_outbox').selectAll().where('sent_at', 'is', null).execute();
    expect(waiting).toHaveLength(1);
    expect(waiting[0]).toMatchObject({ attempts: 1, last_error: 'LRS answered 503' });
    // Not before its backoff has passed, even when the LRS is back.
    lrs.failing = false;
    await task.run(ctx.clock());
    expect(lrs.statements.size).toBe(before);
    ctx.clock.advance(61_000);
    await task.run(ctx.clock());
    expect(lrs.statements.size).toBe(before + 1);
    for (const statement of lrs.statements.values()) expect(validate(statement)).toEqual([]);
  });

  it('shows the LRS in the works-council overview without its password', async () => {
    const overview = await (await admin.get('/api/admin/works-council')).json();
    expect(JSON.stringify(overview)).not.toContain('s3cret');
    const audit = await ctx.deps.db.selectFrom('audit_log').select('detail').where('action', '=', 'lrs.update').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.detail).not.toContain('s3cret');
  });
});
