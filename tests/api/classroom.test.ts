import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClassroomSession, LearningItem } from '../../shared/schemas/learning';
import { expectApiError } from '../helpers/api-error';
import { testDatabases } from '../helpers/databases';
import { addItem, addLearner } from '../helpers/learning';
import { createTestContext, type TestClient, type TestContext } from '../helpers/test-app';

const HOUR = 60 * 60_000;

describe.each(testDatabases())('classroom sessions and waiting lists ($name)', (kind) => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
  });
  afterAll(() => ctx.close());

  const path = (sessionId: string) => `/api/sessions/${sessionId}/registration`;

  /** Registers (or unregisters) and returns the caller's view of the session. A second passes between calls, as between two people. */
  async function change(method: 'POST' | 'DELETE', client: TestClient, sessionId: string): Promise<ClassroomSession> {
    ctx.clock.advance(1000);
    const response = await client.request(method, path(sessionId), method === 'POST' ? {} : undefined);
    expect(response.status, await response.clone().text()).toBe(200);
    return (await response.json()) as ClassroomSession;
  }
  const register = (client: TestClient, sessionId: string) => change('POST', client, sessionId);
  const unregister = (client: TestClient, sessionId: string) => change('DELETE', client, sessionId);

  /** The session as `client` sees it when opening the training. */
  async function viewOf(client: TestClient, itemId: string, sessionId: string) {
    const item = (await (await client.get(`/api/items/${itemId}`)).json()) as LearningItem;
    const session = item.sessions.find((s) => s.id === sessionId);
    return session && { myStatus: session.myStatus, myWaitingPosition: session.myWaitingPosition, seatsTaken: session.seatsTaken, waiting: session.waiting };
  }

  async function fullSession(seats: number, waiting: number) {
    const { id: itemId, sessionIds } = await addItem(ctx, { kind: 'classroom', sessions: [{ seats }] });
    const sessionId = sessionIds[0] ?? '';
    const seated = await Promise.all(Array.from({ length: seats }, () => addLearner(ctx)));
    const waiters = await Promise.all(Array.from({ length: waiting }, () => addLearner(ctx)));
    for (const { client } of [...seated, ...waiters]) await register(client, sessionId);
    return { itemId, sessionId, seated, waiters };
  }

  it('seats people until the session is full and then puts them on the waiting list in order', async () => {
    const { sessionIds } = await addItem(ctx, { kind: 'classroom', sessions: [{ seats: 2 }] });
    const sessionId = sessionIds[0] ?? '';
    const views = [];
    for (let i = 0; i < 4; i++) views.push(await register((await addLearner(ctx)).client, sessionId));

    expect(views.map((v) => [v.myStatus, v.myWaitingPosition])).toEqual([
      ['registered', null],
      ['registered', null],
      ['waiting', 1],
      ['waiting', 2],
    ]);
    expect(views.at(-1)).toMatchObject({ seats: 2, seatsTaken: 2, waiting: 2 });
  });

  it('moves the first person waiting up when someone with a seat unregisters', async () => {
    const { itemId, sessionId, seated, waiters } = await fullSession(2, 2);
    const [leaving] = seated;
    const [first, second] = waiters;
    if (!leaving || !first || !second) throw new Error('fixture');

    const left = await unregister(leaving.client, sessionId);

    expect(left).toMatchObject({ myStatus: 'none', myWaitingPosition: null, seatsTaken: 2, waiting: 1 });
    expect(await viewOf(first.client, itemId, sessionId)).toEqual({ myStatus: 'registered', myWaitingPosition: null, seatsTaken: 2, waiting: 1 });
    expect(await viewOf(second.client, itemId, sessionId)).toEqual({ myStatus: 'waiting', myWaitingPosition: 1, seatsTaken: 2, waiting: 1 });
  });

  it('changes nothing when someone registers twice: they keep their place, nobody moves', async () => {
    const { itemId, sessionId, seated, waiters } = await fullSession(1, 2);
    const [seat] = seated;
    const [first] = waiters;
    if (!seat || !first) throw new Error('fixture');
    const before = await Promise.all([...seated, ...waiters].map(({ client }) => viewOf(client, itemId, sessionId)));

    const again = await register(first.client, sessionId);
    await register(seat.client, sessionId);

    expect(again).toMatchObject({ myStatus: 'waiting', myWaitingPosition: 1, seatsTaken: 1, waiting: 2 });
    expect(await Promise.all([...seated, ...waiters].map(({ client }) => viewOf(client, itemId, sessionId)))).toEqual(before);
    const rows = await ctx.deps.db.selectFrom('classroom_registrations').select('person_id').where('session_id', '=', sessionId).execute();
    expect(rows).toHaveLength(3);
  });

  it('refuses registration for a session that has started (or starts this very moment) with a 409, and registers nobody', async () => {
    const now = ctx.clock().getTime();
    const { sessionIds } = await addItem(ctx, {
      kind: 'classroom',
      sessions: [{ startsAt: new Date(now - HOUR).toISOString() }, { startsAt: new Date(now).toISOString() }],
    });
    const { client } = await addLearner(ctx);
    for (const sessionId of sessionIds) await expectApiError(await client.post(path(sessionId)), 409, 'session_started');
    const rows = await ctx.deps.db.selectFrom('classroom_registrations').selectAll().where('session_id', 'in', sessionIds).execute();
    expect(rows).toEqual([]);
  });

  it('answers 404 for a session that does not exist, or belongs to a training not meant for the person', async () => {
    const { client } = await addLearner(ctx, { role: 'employee' });
    const { sessionIds } = await addItem(ctx, { kind: 'classroom', targetRoles: ['manager'] });
    await expectApiError(await client.post(path(randomUUID())), 404, 'not_found');
    await expectApiError(await client.delete(path(randomUUID())), 404, 'not_found');
    await expectApiError(await client.post(path(sessionIds[0] ?? '')), 404, 'not_found');
  });
});
