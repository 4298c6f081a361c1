import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { LearningEvent } from '../../shared/schemas/events';
import type { ClaimResult, TriedTraining } from '../../shared/schemas/try-first';
import type { Kickoff } from '../../shared/schemas/kickoff';
import type { Campaign } from '../../shared/schemas/workspace';
import type { PersonRow } from '../../server/features/people/people.table';
import { deleteUnclaimedPassesBefore } from '../../server/features/try-first/try-first.repository';
import { addCampaign, addPoster, campaignBody } from '../helpers/campaigns';
import { testDatabases } from '../helpers/databases';
import { addItem, addLearner } from '../helpers/learning';
import { addPerson, createTestContext, signedInClient, TestClient, type TestContext } from '../helpers/test-app';

/** A Wednesday in ISO week 2026-W11. */
const NOW = '2026-03-11T10:00:00Z';
const DAY = 24 * 3_600_000;

describe.each(testDatabases())('trying a training before joining ($name)', (kind) => {
  let ctx: TestContext;
  let admin: PersonRow;
  let tryable: string;
  let closed: string;
  let code: string;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    ctx.clock.set(NOW);
    admin = await addPerson(ctx, { role: 'admin' });
    tryable = (await addItem(ctx, { kind: 'micro', languages: ['nl', 'en'] })).id;
    closed = (await addItem(ctx, { kind: 'micro' })).id;
    const campaign = await addCampaign(ctx, admin, { itemIds: [tryable, closed], tryItemIds: [tryable] });
    code = (await addPoster(ctx, admin, campaign.id)).code;
  });
  afterAll(() => ctx.close());
  beforeEach(() => ctx.clock.set(NOW));

  const anonymous = () => new TestClient(ctx.app);

  async function openTry(itemId = tryable, lang = 'en'): Promise<TriedTraining> {
    const response = await anonymous().post(`/api/k/${code}/tries/${itemId}?lang=${lang}`);
    expect(response.status, await response.clone().text()).toBe(201);
    return (await response.json()) as TriedTraining;
  }

  /** What the phone records while trying: started, one answer, completed — now, in Amsterdam. */
  function triedEvents(itemId = tryable, at = ctx.clock()): LearningEvent[] {
    const base = { occurredAt: at.toISOString(), timeZone: 'Europe/Amsterdam', itemId };
    return [
      { id: randomUUID(), kind: 'training_started', ...base },
      { id: randomUUID(), kind: 'question_answered', questionId: 'q1', correct: true, ...base },
      { id: randomUUID(), kind: 'training_completed', ...base },
    ];
  }

  async function claim(client: TestClient, passId: string, events: readonly LearningEvent[]): Promise<ClaimResult> {
    const response = await client.post('/api/me/tried-progress', { passId, events });
    expect(response.status, await response.clone().text()).toBe(200);
    return (await response.json()) as ClaimResult;
  }
  const answers = (result: ClaimResult) => result.results.map((r) => r.reason ?? r.status);
  const completions = (personId: string) => ctx.deps.db.selectFrom('item_completions').select('item_id').where('person_id', '=', personId).execute();
  const firstTouch = (personId: string) =>
    ctx.deps.db
      .selectFrom('first_touches')
      .innerJoin('attribution_sources', 'attribution_sources.id', 'first_touches.source_id')
      .select('attribution_sources.code')
      .where('first_touches.person_id', '=', personId)
      .execute();

  it('lists the open trainings on the kick-off page and plays one without an account, storing nothing about the visitor', async () => {
    const kickoff = (await (await anonymous().get(`/api/k/${code}`)).json()) as Kickoff;
    expect(kickoff.tryItems.map((i) => i.id)).toEqual([tryable]);
    const response = await anonymous().post(`/api/k/${code}/tries/${tryable}?lang=nl`);
    expect(response.headers.getSetCookie()).toEqual([]);
    const tried = (await response.json()) as TriedTraining;
    expect(tried.item.micro?.cards[0]).toMatchObject({ title: 'Card 1 (nl)' });
    const pass = await ctx.deps.db.selectFrom('try_passes').selectAll().where('id', '=', tried.passId).executeTakeFirstOrThrow();
    expect(pass).toEqual({ id: tried.passId, item_id: tryable, source_code: code, issued_at: new Date(NOW).toISOString(), claimed_by: null, claimed_at: null });
  });

  it('refuses a training that is not open to try, or behind an unknown poster (404)', async () => {
    expect((await anonymous().post(`/api/k/${code}/tries/${closed}`)).status).toBe(404);
    expect((await anonymous().post(`/api/k/ZZZZZZZZ/tries/${tryable}`)).status).toBe(404);
  });

  it('credits the tried training once on joining: completion, points, the streak week and the poster', async () => {
    const { passId } = await openTry();
    const events = triedEvents();
    ctx.clock.advance(DAY);
    const { person, client } = await addLearner(ctx);
    const first = await claim(client, passId, events);
    expect(answers(first)).toEqual(['applied', 'applied', 'applied']);
    expect(first.progress.completedItemIds).toEqual([tryable]);
    expect(first.progress.points).toBeGreaterThan(0);
    // The week it was done in (yesterday, same ISO week) counts for the streak.
    expect(first.progress.streak).toMatchObject({ current: 1, currentWeekDone: true });
    expect(await completions(person.id)).toEqual([{ item_id: tryable }]);
    expect(await firstTouch(person.id)).toEqual([{ code }]);
    const exported = (await (await client.get('/api/me/export')).json()) as { triedTrainings: unknown[] };
    expect(exported.triedTrainings).toEqual([{ itemId: tryable, via: code, triedAt: new Date(NOW).toISOString(), claimedAt: ctx.clock().toISOString() }]);

    const second = await claim(client, passId, events);
    expect(answers(second)).toEqual(['duplicate', 'duplicate', 'duplicate']);
    expect(second.progress.points).toBe(first.progress.points);
    expect(await completions(person.id)).toHaveLength(1);
  });

  it('answers claimed_by_other to a replay of the pass by another person, and credits them nothing', async () => {
    const { passId } = await openTry();
    const events = triedEvents();
    const owner = await addLearner(ctx);
    await claim(owner.client, passId, events);
    const other = await addLearner(ctx);
    expect(answers(await claim(other.client, passId, events))).toEqual(['claimed_by_other', 'claimed_by_other', 'claimed_by_other']);
    // The same events under a fresh pass of their own are still someone else's ids.
    const fresh = await openTry();
    expect(answers(await claim(other.client, fresh.passId, events))).toEqual(['id_conflict', 'id_conflict', 'id_conflict']);
    expect(await completions(other.person.id)).toEqual([]);
  });

  it('answers unknown_pass to a pass the server never issued (a forged owner)', async () => {
    const { person, client } = await addLearner(ctx);
    expect(answers(await claim(client, randomUUID(), triedEvents()))).toEqual(['unknown_pass', 'unknown_pass', 'unknown_pass']);
    expect(await completions(person.id)).toEqual([]);
  });

  it('answers outside_pass to events the pass does not cover: another training, a teaser, a moment before the pass', async () => {
    const yesterday = new Date(Date.parse(NOW) - DAY);
    const { passId } = await openTry();
    const { person, client } = await addLearner(ctx);
    const otherTraining = triedEvents(closed).slice(2);
    const beforePass = triedEvents(tryable, yesterday).slice(2);
    const inPass = triedEvents().slice(2);
    const result = await claim(client, passId, [...otherTraining, ...beforePass, ...inPass]);
    expect(answers(result)).toEqual(['outside_pass', 'outside_pass', 'applied']);
    expect(await completions(person.id)).toEqual([{ item_id: tryable }]);
  });

  it('answers too_old to tried events older than the offline window', async () => {
    const { passId } = await openTry();
    const events = triedEvents();
    ctx.clock.advance(31 * DAY);
    const { person, client } = await addLearner(ctx);
    expect(answers(await claim(client, passId, events))).toEqual(['too_old', 'too_old', 'too_old']);
    expect(await completions(person.id)).toEqual([]);
  });

  it('lets L&D open a campaign\'s micro-trainings to try, and nothing else', async () => {
    const client = await signedInClient(ctx, admin.id);
    const macro = (await addItem(ctx, { kind: 'macro' })).id;
    const body = campaignBody(ctx, { itemIds: [tryable, macro], tryItemIds: [tryable] });
    const created = await client.post('/api/admin/campaigns', body);
    expect(created.status).toBe(201);
    expect(((await created.json()) as Campaign).tryItemIds).toEqual([tryable]);
    expect((await client.post('/api/admin/campaigns', { ...body, tryItemIds: [macro] })).status).toBe(422);
    expect((await client.post('/api/admin/campaigns', { ...body, tryItemIds: [closed] })).status).toBe(400);
  });

  it('forgets passes nobody claimed within the offline window, and keeps claimed ones', async () => {
    const unclaimed = await openTry();
    const claimed = await openTry();
    await claim((await addLearner(ctx)).client, claimed.passId, triedEvents().slice(2));
    await deleteUnclaimedPassesBefore(ctx.deps.db, new Date(Date.parse(NOW) + 1));
    const left = await ctx.deps.db.selectFrom('try_passes').select('id').where('id', 'in', [unclaimed.passId, claimed.passId]).execute();
    expect(left).toEqual([{ id: claimed.passId }]);
  });

  it('lets only a signed-in person claim (401)', async () => {
    const { passId } = await openTry();
    expect((await anonymous().post('/api/me/tried-progress', { passId, events: triedEvents() })).status).toBe(401);
  });
});
