import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Teaser } from '../../shared/schemas/teasers';
import { testDatabases, twoConnectionsTo } from '../helpers/databases';
import { addItem, addLearner, addTeaser, sendEvents } from '../helpers/learning';
import { addTeam } from '../helpers/organisation';
import { addPerson, createTestContext, signedInClient, type TestClient, type TestContext } from '../helpers/test-app';

const NOW = '2026-03-11T10:00:00Z';
const HOUR = 60 * 60_000;

describe.each(testDatabases())('GET /api/feed ($name)', (kind) => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
  });
  afterAll(() => ctx.close());
  beforeEach(() => ctx.clock.set(NOW));

  async function feedOf(client: TestClient): Promise<Teaser[]> {
    const response = await client.get('/api/feed');
    expect(response.status, await response.clone().text()).toBe(200);
    return ((await response.json()) as { teasers: Teaser[] }).teasers;
  }
  const idsIn = async (client: TestClient) => (await feedOf(client)).map((t) => t.id);
  const hoursAgo = (hours: number) => new Date(Date.parse(NOW) - hours * HOUR).toISOString();

  /** A published training with one teaser for it, published `hours` ago. */
  async function teasedItem(spec: Parameters<typeof addItem>[1] = {}, hours = 1) {
    const { id: itemId } = await addItem(ctx, spec);
    return { itemId, teaserId: await addTeaser(ctx, { itemId, publishedAt: hoursAgo(hours) }) };
  }

  it('shows each person the teasers for trainings meant for their role and department, and teasers that only inform', async () => {
    const [sales, support] = [await addTeam(ctx), await addTeam(ctx)];
    const forAll = await teasedItem();
    const forManagers = await teasedItem({ targetRoles: ['manager'] });
    const forSales = await teasedItem({ targetDepartmentIds: [sales.department_id] });
    const forSalesManagers = await teasedItem({ targetRoles: ['manager'], targetDepartmentIds: [sales.department_id] });
    const news = await addTeaser(ctx, { itemId: null, publishedAt: hoursAgo(1) });
    const ours = [forAll, forManagers, forSales, forSalesManagers].map((t) => t.teaserId).concat(news);
    const feedIds = async (client: TestClient) => (await idsIn(client)).filter((id) => ours.includes(id)).sort();

    const salesEmployee = await addLearner(ctx, { role: 'employee', teamId: sales.id });
    const salesManager = await addLearner(ctx, { role: 'manager', teamId: sales.id });
    const supportManager = await addLearner(ctx, { role: 'manager', teamId: support.id });

    expect(await feedIds(salesEmployee.client)).toEqual([forAll.teaserId, forSales.teaserId, news].sort());
    expect(await feedIds(salesManager.client)).toEqual(ours.slice().sort());
    expect(await feedIds(supportManager.client)).toEqual([forAll.teaserId, forManagers.teaserId, news].sort());
  });

  it('shows the newest teasers first and lets what the person completed sink to the end', async () => {
    const older = await teasedItem({}, 3);
    const done = await teasedItem({}, 2);
    const newest = await teasedItem({}, 1);
    const { client } = await addLearner(ctx);
    const ours = (ids: string[]) => ids.filter((id) => [older, done, newest].some((t) => t.teaserId === id));

    expect(ours(await idsIn(client))).toEqual([newest.teaserId, done.teaserId, older.teaserId]);
    await sendEvents(ctx, client, [{ kind: 'training_completed', itemId: done.itemId }]);

    const feed = await feedOf(client);
    expect(ours(feed.map((t) => t.id))).toEqual([newest.teaserId, older.teaserId, done.teaserId]);
    expect(feed.at(-1)).toMatchObject({ id: done.teaserId, done: true });
    expect(feed.filter((t) => t.done)).toHaveLength(1);
  });

  it('marks a teaser as no longer new once the person opened it', async () => {
    const { teaserId } = await teasedItem();
    const reader = await addLearner(ctx);
    const other = await addLearner(ctx);
    const teaser = async (client: TestClient) => (await feedOf(client)).find((t) => t.id === teaserId);
    expect(await teaser(reader.client)).toMatchObject({ isNew: true, done: false });

    await sendEvents(ctx, reader.client, [{ kind: 'teaser_opened', teaserId }]);

    expect(await teaser(reader.client)).toMatchObject({ isNew: false });
    expect(await teaser(other.client)).toMatchObject({ isNew: true });
  });

  it('leaves out teasers for trainings that are not published (yet)', async () => {
    const draft = await teasedItem({ publishedAt: null });
    const later = await teasedItem({ publishedAt: new Date(Date.parse(NOW) + HOUR).toISOString() });
    const { client } = await addLearner(ctx);
    expect(await idsIn(client)).not.toContain(draft.teaserId);
    expect(await idsIn(client)).not.toContain(later.teaserId);

    ctx.clock.set(new Date(Date.parse(NOW) + HOUR).toISOString());

    expect(await idsIn(client)).toContain(later.teaserId);
    expect(await idsIn(client)).not.toContain(draft.teaserId);
  });

  it('leaves out a teaser until its publication date has passed', async () => {
    const { id: itemId } = await addItem(ctx);
    const scheduled = await addTeaser(ctx, { itemId, publishedAt: new Date(Date.parse(NOW) + HOUR).toISOString() });
    const unpublished = await addTeaser(ctx, { itemId, publishedAt: null });
    const { client } = await addLearner(ctx);
    expect(await idsIn(client)).not.toContain(scheduled);

    ctx.clock.set(new Date(Date.parse(NOW) + HOUR - 1).toISOString());
    expect(await idsIn(client)).not.toContain(scheduled);
    ctx.clock.set(new Date(Date.parse(NOW) + HOUR).toISOString());
    expect(await idsIn(client)).toContain(scheduled);
    expect(await idsIn(client)).not.toContain(unpublished);
  });

  it('shows a teaser in the person’s language, or in the other one marked as a fallback', async () => {
    const { id: itemId } = await addItem(ctx, { languages: ['nl', 'en'] });
    const both = await addTeaser(ctx, { itemId, languages: ['nl', 'en'] });
    const dutchOnly = await addTeaser(ctx, { itemId, languages: ['nl'] });
    const { client } = await addLearner(ctx, { language: 'en' });
    const feed = await feedOf(client);
    expect(feed.find((t) => t.id === both)).toMatchObject({ language: 'en', isFallback: false, hook: 'A hook (en)' });
    expect(feed.find((t) => t.id === dutchOnly)).toMatchObject({ language: 'nl', isFallback: true, hook: 'A hook (nl)' });
    expect(feed.find((t) => t.id === both)?.item).toMatchObject({ id: itemId, language: 'en', title: 'A micro training (en)' });
  });

  it('still shows a person the teasers meant for them when many newer ones are meant for others', async () => {
    const [mine, theirs] = [await addTeam(ctx), await addTeam(ctx)];
    const forMe = await teasedItem({ targetDepartmentIds: [mine.department_id] }, 2);
    const { id: elsewhere } = await addItem(ctx, { targetDepartmentIds: [theirs.department_id] });
    for (let i = 0; i < 60; i++) await addTeaser(ctx, { itemId: elsewhere, publishedAt: hoursAgo(1) });
    const { client } = await addLearner(ctx, { teamId: mine.id });

    expect(await idsIn(client)).toContain(forMe.teaserId);
  });
});

describe.each(testDatabases())('GET /api/feed with two server instances ($name)', (kind) => {
  let first: TestContext;
  let second: TestContext;

  beforeAll(async () => {
    const [firstConnection, secondConnection] = twoConnectionsTo(kind);
    first = await createTestContext(firstConnection);
    second = await createTestContext(secondConnection);
    for (const ctx of [first, second]) ctx.clock.set(NOW);
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it('shows a teaser published through one instance at the next request to the other', async () => {
    const person = await addPerson(first);
    const onSecond = await signedInClient(second, person.id);
    const feedIds = async () => ((await (await onSecond.get('/api/feed')).json()) as { teasers: Teaser[] }).teasers.map((t) => t.id);
    const { id: itemId } = await addItem(first);
    const before = await addTeaser(first, { itemId, publishedAt: '2026-03-11T09:00:00Z' });
    expect(await feedIds()).toEqual([before]);

    const after = await addTeaser(first, { itemId, publishedAt: '2026-03-11T09:30:00Z' });

    expect(await feedIds()).toEqual([after, before]);
  });
});
