import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Progress } from '../../shared/schemas/progress';
import { expectApiError } from '../helpers/api-error';
import { testDatabases } from '../helpers/databases';
import { addItem, addLearner, platformSignature, TEST_PLATFORM_SECRET } from '../helpers/learning';
import { createTestContext, TestClient, type TestContext } from '../helpers/test-app';

const PATH = '/api/integrations/completions';
const MINUTE = 60_000;

describe.each(testDatabases())('POST /api/integrations/completions ($name)', (kind) => {
  let ctx: TestContext;
  let macro: string;

  beforeAll(async () => {
    ctx = await createTestContext(kind, { learningPlatformSecret: TEST_PLATFORM_SECRET });
    macro = (await addItem(ctx, { kind: 'macro' })).id;
  });
  afterAll(() => ctx.close());

  /** What the platform would send for `email`, completed a minute ago. */
  const completion = (email: string | null, fields: Record<string, string> = {}) => ({
    externalId: `completion-${randomUUID()}`,
    email,
    itemId: macro,
    completedAt: new Date(ctx.clock().getTime() - MINUTE).toISOString(),
    ...fields,
  });

  /** Posts the exact bytes the platform signed, as the platform does: no session, no cookies. */
  function post(rawBody: string, headers: Record<string, string> = platformSignature(ctx, rawBody)) {
    return new TestClient(ctx.app).request('POST', PATH, rawBody, headers);
  }

  async function completionsOf(personId: string) {
    return ctx.deps.db.selectFrom('item_completions').select(['item_id', 'source']).where('person_id', '=', personId).execute();
  }

  const progressOf = async (client: TestClient) => (await (await client.get('/api/progress')).json()) as Progress;

  it('records a correctly signed completion once: applied, then duplicate when resent, with points once', async () => {
    const { person, client } = await addLearner(ctx);
    const body = JSON.stringify(completion(person.email));

    const first = await post(body);
    expect(first.status, await first.clone().text()).toBe(200);
    expect(await first.json()).toEqual({ status: 'applied' });
    const resent = await post(body);
    expect(resent.status).toBe(200);
    expect(await resent.json()).toEqual({ status: 'duplicate' });

    expect(await completionsOf(person.id)).toEqual([{ item_id: macro, source: 'platform' }]);
    const progress = await progressOf(client);
    expect(progress.points).toBe(10);
    expect(progress.completedItemIds).toEqual([macro]);
  });

  it('earns no second award when the platform reports the same training again under a new completion id', async () => {
    const { person, client } = await addLearner(ctx);
    for (const expected of ['applied', 'applied']) {
      const response = await post(JSON.stringify(completion(person.email)));
      expect(await response.json()).toEqual({ status: expected });
    }
    expect(await completionsOf(person.id)).toHaveLength(1);
    expect((await progressOf(client)).points).toBe(10);
  });

  it('finds the person whatever the case of the e-mail address', async () => {
    const { person } = await addLearner(ctx);
    const response = await post(JSON.stringify(completion(person.email?.toUpperCase() ?? null)));
    expect(await response.json()).toEqual({ status: 'applied' });
    expect(await completionsOf(person.id)).toHaveLength(1);
  });

  it('refuses a bad signature, a changed body and a missing signature with a 401, and records nothing', async () => {
    const { person } = await addLearner(ctx);
    const body = JSON.stringify(completion(person.email));
    const signed = platformSignature(ctx, body);
    const wrongSecret = platformSignature(ctx, body, 'a-guessed-secret');

    await expectApiError(await post(body, wrongSecret), 401, 'bad_signature');
    await expectApiError(await post(body.replace(macro, randomUUID()), signed), 401, 'bad_signature');
    await expectApiError(await post(body, { 'x-leerlust-timestamp': signed['x-leerlust-timestamp'] ?? '' }), 401, 'bad_signature');
    await expectApiError(await post(body, {}), 401);
    expect(await completionsOf(person.id)).toEqual([]);
  });

  it('refuses a signature more than 5 minutes old (or ahead) with a 401, so a captured callback cannot be replayed', async () => {
    const { person } = await addLearner(ctx);
    const body = JSON.stringify(completion(person.email));
    const signedAt = ctx.clock().toISOString();
    const signed = platformSignature(ctx, body);

    ctx.clock.advance(5 * MINUTE + 1000);
    await expectApiError(await post(body, signed), 401, 'stale_signature');
    ctx.clock.set(new Date(Date.parse(signedAt) - 5 * MINUTE - 1000).toISOString());
    await expectApiError(await post(body, signed), 401, 'stale_signature');
    ctx.clock.set(new Date(Date.parse(signedAt) + 5 * MINUTE - 1000).toISOString());
    expect(await (await post(body, signed)).json()).toEqual({ status: 'applied' });
    ctx.clock.set(signedAt);
    expect(await completionsOf(person.id)).toHaveLength(1);
  });

  it('answers 404 for an unknown person, an unknown training and a training that is no macro-training', async () => {
    const { person } = await addLearner(ctx);
    const micro = (await addItem(ctx, { kind: 'micro' })).id;
    const classroom = (await addItem(ctx, { kind: 'classroom' })).id;

    await expectApiError(await post(JSON.stringify(completion('nobody@test.example'))), 404, 'unknown_person');
    for (const itemId of [randomUUID(), micro, classroom]) {
      await expectApiError(await post(JSON.stringify(completion(person.email, { itemId }))), 404, 'unknown_item');
    }
    expect(await completionsOf(person.id)).toEqual([]);
  });

  it('refuses a completion older than the offline window with a 422', async () => {
    const { person } = await addLearner(ctx);
    const completedAt = new Date(ctx.clock().getTime() - 31 * 24 * 60 * MINUTE).toISOString();
    await expectApiError(await post(JSON.stringify(completion(person.email, { completedAt }))), 422, 'too_old');
    expect(await completionsOf(person.id)).toEqual([]);
  });

  it('answers 503 when no shared secret is configured, whatever the signature', async () => {
    const unconfigured = await createTestContext(kind);
    try {
      const body = JSON.stringify(completion('someone@test.example'));
      const response = await new TestClient(unconfigured.app).request('POST', PATH, body, platformSignature(ctx, body));
      await expectApiError(response, 503, 'callbacks_disabled');
    } finally {
      await unconfigured.close();
    }
  });
});
