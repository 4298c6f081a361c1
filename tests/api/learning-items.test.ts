import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LearningItem } from '../../shared/schemas/learning';
import { expectApiError } from '../helpers/api-error';
import { testDatabases } from '../helpers/databases';
import { addItem, addLearner, sendEvents } from '../helpers/learning';
import { addTeam } from '../helpers/organisation';
import { createTestContext, type TestClient, type TestContext } from '../helpers/test-app';

describe.each(testDatabases())('GET /api/items/{id} ($name)', (kind) => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
  });
  afterAll(() => ctx.close());

  async function openItem(client: TestClient, id: string): Promise<LearningItem> {
    const response = await client.get(`/api/items/${id}`);
    expect(response.status, await response.clone().text()).toBe(200);
    return (await response.json()) as LearningItem;
  }

  it('shows a micro-training’s cards in the person’s own language', async () => {
    const { id } = await addItem(ctx, { kind: 'micro', languages: ['nl', 'en'] });
    for (const language of ['nl', 'en'] as const) {
      const { client } = await addLearner(ctx, { language });
      const item = await openItem(client, id);
      expect(item).toMatchObject({ id, kind: 'micro', language, isFallback: false, title: `A micro training (${language})`, macro: null, sessions: [] });
      expect(item.micro?.cards[0]).toMatchObject({ kind: 'text', title: `Card 1 (${language})` });
    }
  });

  it('falls back to the other language, and says so, when there is none in the person’s own', async () => {
    const { id } = await addItem(ctx, { kind: 'micro', languages: ['en'] });
    const { client } = await addLearner(ctx, { language: 'nl' });
    const item = await openItem(client, id);
    expect(item).toMatchObject({ language: 'en', isFallback: true, title: 'A micro training (en)' });
    expect(item.micro?.cards.map((card) => card.kind)).toEqual(['text', 'question', 'question']);
    expect(item.micro?.cards[0]).toMatchObject({ title: 'Card 1 (en)' });
  });

  it('shows a macro-training’s link and counts each part done once', async () => {
    const { id } = await addItem(ctx, { kind: 'macro', macroParts: 4 });
    const { client } = await addLearner(ctx);
    expect((await openItem(client, id)).macro).toEqual({ url: 'https://learning.example/course', parts: 4, partsDone: 0 });

    // Part 1 done again later (on another device, so under another id) is still one part.
    await sendEvents(ctx, client, [
      { kind: 'macro_part_done', itemId: id, part: 1 },
      { kind: 'macro_part_done', itemId: id, part: 1 },
      { kind: 'macro_part_done', itemId: id, part: 3 },
    ]);
    const item = await openItem(client, id);
    expect(item.macro).toEqual({ url: 'https://learning.example/course', parts: 4, partsDone: 2 });
    expect(item).toMatchObject({ micro: null, sessions: [], completed: false });
  });

  it('says a training is completed once the person completed it, and only for them', async () => {
    const { id } = await addItem(ctx, { kind: 'micro' });
    const learner = await addLearner(ctx);
    const colleague = await addLearner(ctx);
    expect((await openItem(learner.client, id)).completed).toBe(false);

    await sendEvents(ctx, learner.client, [{ kind: 'training_completed', itemId: id }]);

    expect((await openItem(learner.client, id)).completed).toBe(true);
    expect((await openItem(colleague.client, id)).completed).toBe(false);
  });

  it('answers 404 for a draft, for one published later, and for an id that does not exist', async () => {
    const { client } = await addLearner(ctx);
    const draft = await addItem(ctx, { publishedAt: null });
    const later = await addItem(ctx, { publishedAt: new Date(ctx.clock().getTime() + 60_000).toISOString() });
    await expectApiError(await client.get(`/api/items/${draft.id}`), 404, 'not_found');
    await expectApiError(await client.get(`/api/items/${later.id}`), 404, 'not_found');
    await expectApiError(await client.get(`/api/items/${randomUUID()}`), 404, 'not_found');
  });

  it('shows a training targeted at a department only to the people in it', async () => {
    const [inside, outside] = [await addTeam(ctx), await addTeam(ctx)];
    const { id } = await addItem(ctx, { targetDepartmentIds: [inside.department_id] });
    const member = await addLearner(ctx, { teamId: inside.id });
    const stranger = await addLearner(ctx, { teamId: outside.id });
    const nowhere = await addLearner(ctx);

    expect((await openItem(member.client, id)).id).toBe(id);
    await expectApiError(await stranger.client.get(`/api/items/${id}`), 404, 'not_found');
    await expectApiError(await nowhere.client.get(`/api/items/${id}`), 404, 'not_found');
  });

  it('shows a training targeted at a role only to people with that role', async () => {
    const { id } = await addItem(ctx, { targetRoles: ['manager', 'admin'] });
    const manager = await addLearner(ctx, { role: 'manager' });
    const employee = await addLearner(ctx, { role: 'employee' });

    expect((await openItem(manager.client, id)).id).toBe(id);
    await expectApiError(await employee.client.get(`/api/items/${id}`), 404, 'not_found');
  });
});
