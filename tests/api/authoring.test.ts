import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AdminItem, AdminTeaser } from '../../shared/schemas/authoring';
import type { LearningItem } from '../../shared/schemas/learning';
import type { Teaser } from '../../shared/schemas/teasers';
import { expectApiError } from '../helpers/api-error';
import { teaserBody } from '../helpers/campaigns';
import { testDatabases } from '../helpers/databases';
import { addLearner, testMicroContent } from '../helpers/learning';
import { createTestContext, type TestClient, type TestContext } from '../helpers/test-app';

const NOW = '2026-03-11T10:00:00.000Z';
const HOUR = 3_600_000;

describe.each(testDatabases())('the L&D workspace: authoring ($name)', (kind) => {
  let ctx: TestContext;
  let admin: TestClient;
  let employee: TestClient;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    admin = (await addLearner(ctx, { role: 'admin' })).client;
    employee = (await addLearner(ctx, { role: 'employee' })).client;
  });
  afterAll(() => ctx.close());
  beforeEach(() => ctx.clock.set(NOW));

  const feedIds = async () => ((await (await employee.get('/api/feed')).json()) as { teasers: Teaser[] }).teasers.map((t) => t.id);
  const counts = async () => ({
    teasers: Number((await ctx.deps.db.selectFrom('teasers').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
    items: Number((await ctx.deps.db.selectFrom('learning_items').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
  });

  async function created<T>(response: Response): Promise<T> {
    expect(response.status, await response.clone().text()).toBe(201);
    return (await response.json()) as T;
  }

  it('writes a teaser as a draft, publishes, schedules and unpublishes it, and the feed follows', async () => {
    const teaser = await created<AdminTeaser>(await admin.post('/api/admin/teasers', { texts: [...teaserBody().texts, { language: 'en', hook: 'Three minutes, one new trick.', callToAction: 'Look' }] }));
    expect(teaser.publishedAt).toBeNull();
    expect(teaser.texts.map((t) => t.language)).toEqual(['en', 'nl']);
    expect(await feedIds()).not.toContain(teaser.id);

    const publish = await admin.patch(`/api/admin/teasers/${teaser.id}`, { publishedAt: NOW });
    expect(publish.status).toBe(200);
    expect(await feedIds()).toContain(teaser.id);

    const tomorrow = new Date(Date.parse(NOW) + 24 * HOUR).toISOString();
    await admin.patch(`/api/admin/teasers/${teaser.id}`, { publishedAt: tomorrow });
    expect(await feedIds()).not.toContain(teaser.id);
    ctx.clock.set(tomorrow);
    expect(await feedIds()).toContain(teaser.id);

    await admin.patch(`/api/admin/teasers/${teaser.id}`, { publishedAt: null });
    expect(await feedIds()).not.toContain(teaser.id);
    const listed = ((await (await admin.get('/api/admin/teasers')).json()) as { teasers: AdminTeaser[] }).teasers;
    expect(listed.find((t) => t.id === teaser.id)?.publishedAt).toBeNull();
  });

  it('refuses an over-long hook, an unknown language and a double language, and changes nothing', async () => {
    const before = await counts();
    const longHook = 'x'.repeat(141);
    expect((await expectApiError(await admin.post('/api/admin/teasers', teaserBody(longHook)), 400, 'validation_failed')).message).toMatch(/texts\.0\.hook/);
    await expectApiError(await admin.post('/api/admin/teasers', { texts: [{ language: 'de', hook: 'Hallo', callToAction: 'Los' }] }), 400, 'validation_failed');
    await expectApiError(await admin.post('/api/admin/teasers', { texts: [teaserBody().texts[0], teaserBody('Ander').texts[0]] }), 400, 'validation_failed');
    expect(await admin.post('/api/admin/teasers', teaserBody('x'.repeat(140)))).toHaveProperty('status', 201);
    const existing = await created<AdminTeaser>(await admin.post('/api/admin/teasers', teaserBody()));
    await expectApiError(await admin.patch(`/api/admin/teasers/${existing.id}`, teaserBody(longHook)), 400);
    expect((await (await admin.get(`/api/admin/teasers/${existing.id}`)).json()) as AdminTeaser).toEqual(existing);
    expect((await counts()).teasers).toBe(before.teasers + 2);
  });

  it('refuses unsafe macro-training links (javascript:, data:) and creates nothing', async () => {
    const before = await counts();
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.org/x']) {
      const body = { kind: 'macro', durationMinutes: 30, texts: [{ language: 'en', title: 'Course', summary: 'Long course' }], macro: { url, parts: 2 } };
      const error = await expectApiError(await admin.post('/api/admin/items', body), 400, 'validation_failed');
      expect(error.message).toMatch(/macro\.url/);
    }
    await expectApiError(await admin.post('/api/admin/items', { kind: 'macro', durationMinutes: 30, texts: [{ language: 'fr', title: 'Cours', summary: 'x' }], macro: { url: 'https://e.org', parts: 1 } }), 400);
    expect(await counts()).toEqual(before);
  });

  it('takes a card image only from an http(s) link or the image pipeline, and creates nothing for another', async () => {
    const before = await counts();
    const withImage = (imageUrl: string) => {
      const [text, ...questions] = testMicroContent('en').cards;
      const cards = [{ ...text, imageUrl, imageAlt: 'A picture' }, ...questions];
      return { kind: 'micro', durationMinutes: 3, texts: [{ language: 'en', title: 'Lifting', summary: 'Short', micro: { cards } }] };
    };
    for (const url of ['javascript:alert(1)', 'data:image/svg+xml,<svg onload=alert(1)>', '//evil.example/x.png', '/api/me', 'ftp://example.org/x.png']) {
      const error = await expectApiError(await admin.post('/api/admin/items', withImage(url)), 400, 'validation_failed');
      expect(error.message).toMatch(/imageUrl/);
    }
    expect(await counts()).toEqual(before);
    for (const url of ['https://cdn.example/lifting.jpg', '/api/images/00000000-0000-4000-8000-00000000abcd']) {
      expect((await admin.post('/api/admin/items', withImage(url))).status).toBe(201);
    }
  });

  it('creates a macro-training with its URL and parts, and the employee opens it once published', async () => {
    const item = await created<AdminItem>(
      await admin.post('/api/admin/items', { kind: 'macro', durationMinutes: 90, texts: [{ language: 'en', title: 'Lifting', summary: 'Course' }], macro: { url: 'https://learn.example.org/lift', parts: 4 }, publishedAt: null }),
    );
    expect(item.macro).toEqual({ url: 'https://learn.example.org/lift', parts: 4 });
    expect((await employee.get(`/api/items/${item.id}`)).status).toBe(404);
    const put = await admin.request('PUT', `/api/admin/items/${item.id}`, { kind: 'macro', durationMinutes: 90, texts: [{ language: 'en', title: 'Lifting', summary: 'Course' }], macro: { url: 'https://learn.example.org/lift', parts: 4 }, publishedAt: NOW });
    expect(put.status).toBe(200);
    const seen = (await (await employee.get(`/api/items/${item.id}`)).json()) as LearningItem;
    expect(seen.macro).toEqual({ url: 'https://learn.example.org/lift', parts: 4, partsDone: 0 });
  });

  it('edits a micro-training card by card: reordered cards reach the employee in the new order', async () => {
    const content = testMicroContent('nl');
    const body = (cards: typeof content.cards) => ({ kind: 'micro', durationMinutes: 3, texts: [{ language: 'nl', title: 'Tillen', summary: 'Kort', micro: { cards } }], publishedAt: NOW });
    const item = await created<AdminItem>(await admin.post('/api/admin/items', body(content.cards)));
    const [first, second, third] = content.cards;
    if (!first || !second || !third) throw new Error('three cards expected');
    expect((await admin.request('PUT', `/api/admin/items/${item.id}`, body([second, first, third]))).status).toBe(200);
    const seen = (await (await employee.get(`/api/items/${item.id}`)).json()) as LearningItem;
    expect(seen.micro?.cards.map((c) => (c.kind === 'question' ? c.id : 'text'))).toEqual(['q1', 'text', 'q2']);
    // A micro-training without any question is refused.
    const onlyText = { kind: 'text' as const, body: 'Lees' };
    await expectApiError(await admin.request('PUT', `/api/admin/items/${item.id}`, body([onlyText, onlyText, onlyText])), 400);
    await expectApiError(await admin.request('PUT', `/api/admin/items/${item.id}`, { ...body(content.cards), kind: 'macro' }), 400);
  });

  it('manages classroom sessions: places and seats, and shows who is registered and who waits', async () => {
    const item = await created<AdminItem>(
      await admin.post('/api/admin/items', { kind: 'classroom', durationMinutes: 120, texts: [{ language: 'en', title: 'First aid', summary: 'In person' }], publishedAt: NOW }),
    );
    const start = new Date(Date.parse(NOW) + 72 * HOUR).toISOString();
    const end = new Date(Date.parse(NOW) + 74 * HOUR).toISOString();
    const withSession = await created<AdminItem>(await admin.post(`/api/admin/items/${item.id}/sessions`, { startsAt: start, endsAt: end, place: 'Room 1', seats: 1 }));
    const session = withSession.sessions[0];
    if (!session) throw new Error('no session');
    await expectApiError(await admin.post(`/api/admin/items/${item.id}/sessions`, { startsAt: end, endsAt: start, place: 'Room 1', seats: 1 }), 400);

    const first = await addLearner(ctx, { name: 'First Comer' });
    const second = await addLearner(ctx, { name: 'Second Comer' });
    expect((await first.client.post(`/api/sessions/${session.id}/registration`)).status).toBe(200);
    ctx.clock.advance(1000);
    expect((await second.client.post(`/api/sessions/${session.id}/registration`)).status).toBe(200);

    const seen = (await (await admin.get(`/api/admin/items/${item.id}`)).json()) as AdminItem;
    expect(seen.sessions[0]?.registered.map((r) => r.name)).toEqual(['First Comer']);
    expect(seen.sessions[0]?.waiting.map((r) => r.name)).toEqual(['Second Comer']);

    const more = (await (await admin.request('PUT', `/api/admin/sessions/${session.id}`, { startsAt: start, endsAt: end, place: 'Hall', seats: 2 })).json()) as AdminItem;
    expect(more.sessions[0]).toMatchObject({ place: 'Hall', seats: 2, waiting: [] });
    expect(more.sessions[0]?.registered).toHaveLength(2);
    // Sessions belong to classroom trainings only.
    const micro = (await (await admin.get('/api/admin/items')).json()) as { items: AdminItem[] };
    const notClassroom = micro.items.find((i) => i.kind !== 'classroom');
    if (notClassroom) await expectApiError(await admin.post(`/api/admin/items/${notClassroom.id}/sessions`, { startsAt: start, endsAt: end, place: 'X', seats: 1 }), 422, 'not_classroom');
  });

  it('refuses the workspace to employees and managers', async () => {
    const manager = (await addLearner(ctx, { role: 'manager' })).client;
    for (const client of [employee, manager]) {
      await expectApiError(await client.get('/api/admin/teasers'), 403, 'forbidden');
      await expectApiError(await client.post('/api/admin/teasers', teaserBody()), 403, 'forbidden');
      await expectApiError(await client.post('/api/admin/items', {}), 403, 'forbidden');
    }
  });
});
