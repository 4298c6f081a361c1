import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultPointValues } from '../../shared/domain/points';
import { expectApiError } from '../helpers/api-error';
import { testDatabases } from '../helpers/databases';
import { addItem, addLearner, sendEvents } from '../helpers/learning';
import { createTestContext, type TestClient, type TestContext } from '../helpers/test-app';

const PATH = '/api/admin/point-values';

describe.each(testDatabases())('point values ($name)', (kind) => {
  let ctx: TestContext;
  let admin: TestClient;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    admin = (await addLearner(ctx, { role: 'admin' })).client;
  });
  afterAll(() => ctx.close());
  // Every test starts from the defaults: point values are one setting for the whole organisation.
  beforeEach(async () => {
    expect((await admin.patch(PATH, defaultPointValues)).status).toBe(200);
  });

  async function currentValues(): Promise<unknown> {
    const response = await admin.get(PATH);
    expect(response.status).toBe(200);
    return response.json();
  }

  it('lets an admin change some values and keeps the others', async () => {
    expect(await currentValues()).toEqual(defaultPointValues);

    const response = await admin.patch(PATH, { training_completed: 25, teaser_opened: 0 });

    const expected = { ...defaultPointValues, training_completed: 25, teaser_opened: 0 };
    expect(response.status, await response.clone().text()).toBe(200);
    expect(await response.json()).toEqual(expected);
    expect(await currentValues()).toEqual(expected);
    expect(await (await admin.patch(PATH, { macro_part_done: 1000 })).json()).toEqual({ ...expected, macro_part_done: 1000 });
  });

  it('lets nobody but an admin see or change the values', async () => {
    for (const role of ['employee', 'manager'] as const) {
      const { client } = await addLearner(ctx, { role });
      await expectApiError(await client.patch(PATH, { training_completed: 99 }), 403, 'forbidden');
      await expectApiError(await client.get(PATH), 403, 'forbidden');
    }
    expect(await currentValues()).toEqual(defaultPointValues);
  });

  it('uses new values for new events and keeps what earlier events earned', async () => {
    const [first, second] = [await addItem(ctx), await addItem(ctx)];
    const { person, client } = await addLearner(ctx);
    const before = await sendEvents(ctx, client, [{ kind: 'training_completed', itemId: first.id }]);
    expect(before.progress.points).toBe(10);

    expect((await admin.patch(PATH, { training_completed: 25 })).status).toBe(200);
    const after = await sendEvents(ctx, client, [{ kind: 'training_completed', itemId: second.id }]);

    expect(after.progress.points).toBe(35);
    const earned = await ctx.deps.db.selectFrom('learning_events').select(['item_id', 'points']).where('person_id', '=', person.id).execute();
    expect(earned).toEqual(expect.arrayContaining([{ item_id: first.id, points: 10 }, { item_id: second.id, points: 25 }]));
  });

  it.each<[string, Record<string, unknown>]>([
    ['a negative value', { training_completed: -1 }],
    ['a value over 1000', { training_completed: 1001 }],
    ['a fraction', { question_answered: 2.5 }],
    ['a number in a string', { question_answered: '5' }],
    ['null', { teaser_opened: null }],
    ['an unknown activity', { lesson_watched: 5 }],
    ['one bad value among good ones', { teaser_opened: 3, training_completed: -5 }],
  ])('refuses %s with a 400 and changes nothing', async (_case, update) => {
    await admin.patch(PATH, { teaser_opened: 2 });
    const before = await currentValues();
    await expectApiError(await admin.patch(PATH, update), 400, 'validation_failed');
    expect(await currentValues()).toEqual(before);
  });
});
