import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { maxPointsOf } from '../../shared/domain/item-offer';
import { EVENT_BATCH_MAX, type LearningEvent, type LearningEventKind } from '../../shared/schemas/events';
import type { SyncResult } from '../../shared/schemas/events';
import { expectApiError } from '../helpers/api-error';
import { testDatabases } from '../helpers/databases';
import { addItem, addLearner, addTeaser, sendEvents } from '../helpers/learning';
import { createTestContext, type TestClient, type TestContext } from '../helpers/test-app';

/** A Wednesday in ISO week 2026-W11; Amsterdam is on UTC+1 until the end of March. */
const NOW = '2026-03-11T10:00:00Z';
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** A valid UUID whose first group is `rank`, so tests can choose the order in which the server applies a batch. */
function rankedId(rank: number): string {
  return `${rank.toString(16).padStart(8, '0')}-0000-4000-8000-${randomBytes(6).toString('hex')}`;
}

describe.each(testDatabases())('POST /api/events ($name)', (kind) => {
  let ctx: TestContext;
  let micro: string;
  let macro: string;
  let teaser: string;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    ctx.clock.set(NOW);
    micro = (await addItem(ctx, { kind: 'micro' })).id;
    macro = (await addItem(ctx, { kind: 'macro' })).id;
    teaser = await addTeaser(ctx, { itemId: micro });
  });
  afterAll(() => ctx.close());
  beforeEach(() => ctx.clock.set(NOW));

  /** An event as the app records it, now, in Amsterdam, about the test's micro-training (or macro part, or teaser). */
  function event(kind: LearningEventKind, fields: Partial<LearningEvent> = {}): LearningEvent {
    const about: Record<LearningEventKind, Partial<LearningEvent>> = {
      training_completed: { itemId: micro },
      training_started: { itemId: micro },
      question_answered: { itemId: micro, questionId: 'q1', correct: true },
      macro_part_done: { itemId: macro, part: 1 },
      teaser_opened: { teaserId: teaser },
      notification_opened: { itemId: micro },
    };
    return { id: randomUUID(), kind, occurredAt: ctx.clock().toISOString(), timeZone: 'Europe/Amsterdam', ...about[kind], ...fields };
  }

  const sync = (client: TestClient, events: readonly LearningEvent[]) => sendEvents(ctx, client, events);

  /** Each event's answer by id: its status, or the reason it was rejected. */
  const statusesOf = (result: SyncResult) => Object.fromEntries(result.results.map((r) => [r.id, r.reason ?? r.status]));

  async function storedEvents(personId: string) {
    return ctx.deps.db.selectFrom('learning_events').select(['id', 'points', 'person_id']).where('person_id', '=', personId).execute();
  }

  async function completions(personId: string) {
    return ctx.deps.db.selectFrom('item_completions').select(['item_id', 'source']).where('person_id', '=', personId).execute();
  }

  const points = async (client: TestClient) => ((await (await client.get('/api/progress')).json()) as SyncResult['progress']).points;

  describe('exactly once', () => {
    it('applies a new event, and answers duplicate when it comes again, without new points', async () => {
      const { person, client } = await addLearner(ctx);
      const completed = event('training_completed');

      const first = await sync(client, [completed]);
      expect(first.results).toEqual([{ id: completed.id, status: 'applied' }]);
      expect(first.progress.points).toBe(10);
      expect(first.progress.completedItemIds).toEqual([micro]);

      const again = await sync(client, [completed]);
      expect(again.results).toEqual([{ id: completed.id, status: 'duplicate' }]);
      expect(again.progress.points).toBe(10);
      expect(await storedEvents(person.id)).toHaveLength(1);
      expect(await completions(person.id)).toHaveLength(1);
    });

    it('stores an id sent twice in one batch once, and answers both copies', async () => {
      const { person, client } = await addLearner(ctx);
      const opened = event('teaser_opened');
      const result = await sync(client, [opened, opened]);
      expect(result.results.map((r) => r.id)).toEqual([opened.id, opened.id]);
      expect(result.results[0]?.status).toBe('applied');
      expect(result.progress.points).toBe(1);
      expect(await storedEvents(person.id)).toHaveLength(1);
    });

    /** 23 events that earn 10 + 2 × 2 + 1 + 3 × 10 = 45 points; the repeats and wrong answers earn nothing. */
    function busyWeek(): { events: LearningEvent[]; points: number } {
      const events = [
        event('training_started'),
        event('training_completed'),
        event('training_completed'),
        event('question_answered', { questionId: 'q1' }),
        event('question_answered', { questionId: 'q2' }),
        event('question_answered', { questionId: 'q1' }),
        ...Array.from({ length: 7 }, (_, i) => event('question_answered', { questionId: i % 2 ? 'q1' : 'q2', correct: false })),
        event('teaser_opened'),
        event('teaser_opened'),
        ...[1, 2, 3].map((part) => event('macro_part_done', { part })),
        event('macro_part_done', { part: 1 }),
        event('training_started', { itemId: macro }),
      ];
      return { events, points: 45 };
    }

    it('applies every event of two identical batches sent at once exactly once', async () => {
      const { person, client } = await addLearner(ctx);
      const { events, points: expected } = busyWeek();
      expect(events.length).toBeGreaterThanOrEqual(20);

      const answers = await Promise.all([sync(client, events), sync(client, events)]);

      for (const { id } of events) {
        expect(answers.map((a) => statusesOf(a)[id]).sort(), id).toEqual(['applied', 'duplicate']);
      }
      const stored = await storedEvents(person.id);
      expect(stored.map((e) => e.id).sort()).toEqual(events.map((e) => e.id).sort());
      expect(stored.reduce((sum, e) => sum + e.points, 0)).toBe(expected);
      expect((await completions(person.id)).map((c) => c.item_id)).toEqual([micro]);
      expect(await points(client)).toBe(expected);
    });

    it('applies two batches with overlapping ids in different orders without a deadlock or a second award', async () => {
      const { person, client } = await addLearner(ctx);
      const { events, points: expected } = busyWeek();
      const [first, second] = await Promise.all([
        client.post('/api/events', { events: events.slice(0, 16) }),
        client.post('/api/events', { events: events.slice(8).reverse() }),
      ]);
      expect([first?.status, second?.status]).toEqual([200, 200]);
      expect((await storedEvents(person.id)).map((e) => e.id).sort()).toEqual(events.map((e) => e.id).sort());
      expect(await points(client)).toBe(expected);
      expect(await completions(person.id)).toHaveLength(1);
    });

    it('awards each thing once when two devices earned the same awards under their own ids, in opposite orders, at once', async () => {
      const { person, client } = await addLearner(ctx);
      // 40 real questions: q1 and q2 of 20 micro-trainings.
      const items = await Promise.all(Array.from({ length: 20 }, async () => (await addItem(ctx, { kind: 'micro' })).id));
      const questions = items.flatMap((itemId) => [{ itemId, questionId: 'q1' }, { itemId, questionId: 'q2' }]);
      // The server applies a batch in id order: the phone answers the first question first, the tablet the last.
      const phone = questions.map((question, i) => event('question_answered', { id: rankedId(2 * i), ...question }));
      const tablet = questions.map((_, i) => event('question_answered', { id: rankedId(2 * i + 1), ...questions.at(-1 - i) }));

      const answers = await Promise.all([client.post('/api/events', { events: phone }), client.post('/api/events', { events: tablet })]);

      expect(answers.map((a) => a.status)).toEqual([200, 200]);
      const stored = await storedEvents(person.id);
      expect(stored).toHaveLength(80);
      expect(stored.filter((e) => e.points > 0)).toHaveLength(40);
      expect(await points(client)).toBe(80);
    });
  });

  describe('rejections', () => {
    it('accepts an event up to 5 minutes in the future (a fast phone clock) and rejects one beyond as in_future', async () => {
      const { person, client } = await addLearner(ctx);
      const at = (ms: number) => new Date(Date.parse(NOW) + ms).toISOString();
      const withinSkew = event('teaser_opened', { occurredAt: at(5 * MINUTE) });
      const beyondSkew = event('training_completed', { occurredAt: at(5 * MINUTE + 1000) });

      const result = await sync(client, [withinSkew, beyondSkew]);

      expect(statusesOf(result)).toEqual({ [withinSkew.id]: 'applied', [beyondSkew.id]: 'in_future' });
      expect(result.results.find((r) => r.id === beyondSkew.id)?.status).toBe('rejected');
      expect((await storedEvents(person.id)).map((e) => e.id)).toEqual([withinSkew.id]);
      expect(await completions(person.id)).toEqual([]);
    });

    it('rejects an event older than 30 days as too_old and accepts one just inside the window', async () => {
      const { person, client } = await addLearner(ctx);
      const at = (ms: number) => new Date(Date.parse(NOW) - ms).toISOString();
      const inside = event('question_answered', { occurredAt: at(30 * DAY - MINUTE) });
      const tooOld = event('training_completed', { occurredAt: at(30 * DAY + MINUTE) });

      const result = await sync(client, [inside, tooOld]);

      expect(statusesOf(result)).toEqual({ [inside.id]: 'applied', [tooOld.id]: 'too_old' });
      expect((await storedEvents(person.id)).map((e) => e.id)).toEqual([inside.id]);
      expect(result.progress.points).toBe(2);
    });

    it('rejects events about an unknown training or teaser', async () => {
      const { person, client } = await addLearner(ctx);
      const unknownItem = event('training_completed', { itemId: randomUUID() });
      const unknownTeaser = event('teaser_opened', { teaserId: randomUUID() });

      const result = await sync(client, [unknownItem, unknownTeaser]);

      expect(statusesOf(result)).toEqual({ [unknownItem.id]: 'unknown_item', [unknownTeaser.id]: 'unknown_teaser' });
      expect(result.progress.points).toBe(0);
      expect(await storedEvents(person.id)).toEqual([]);
      expect(await completions(person.id)).toEqual([]);
    });

    it('rejects an event id another person already used as id_conflict, and leaves their event alone', async () => {
      const owner = await addLearner(ctx);
      const other = await addLearner(ctx);
      const opened = event('teaser_opened');
      await sync(owner.client, [opened]);

      const result = await sync(other.client, [{ ...opened, kind: 'training_completed', teaserId: undefined, itemId: micro }]);

      expect(result.results).toEqual([{ id: opened.id, status: 'rejected', reason: 'id_conflict' }]);
      expect(result.progress.points).toBe(0);
      expect(await storedEvents(other.person.id)).toEqual([]);
      expect(await completions(other.person.id)).toEqual([]);
      expect(await storedEvents(owner.person.id)).toEqual([{ id: opened.id, points: 1, person_id: owner.person.id }]);
    });
  });

  describe('malformed batches', () => {
    const valid = () => event('training_completed');

    it.each<[string, () => unknown]>([
      ['an event without occurredAt, timeZone and itemId', () => [valid(), { id: randomUUID(), kind: 'training_completed' }]],
      ['an event without an id', () => [valid(), { ...valid(), id: undefined }]],
      ['an unknown kind', () => [valid(), { ...valid(), kind: 'training_finished' }]],
      ['an unknown time zone', () => [valid(), { ...valid(), timeZone: 'Mars/Olympus_Mons' }]],
      ['an occurredAt that is no ISO instant', () => [valid(), { ...valid(), occurredAt: 'yesterday' }]],
      ['a question answer without questionId', () => [valid(), { ...event('question_answered'), questionId: undefined }]],
      ['a teaser opened without teaserId', () => [valid(), { ...event('teaser_opened'), teaserId: undefined }]],
      ['an unknown field on an event', () => [valid(), { ...valid(), points: 1000 }]],
      ['an empty list', () => []],
      ['no list', () => undefined],
    ])('refuses a batch with %s with a JSON 400 and stores nothing', async (_case, events) => {
      const { person, client } = await addLearner(ctx);
      await expectApiError(await client.post('/api/events', { events: events() }), 400, 'validation_failed');
      expect(await storedEvents(person.id)).toEqual([]);
    });

    it('refuses an unknown field next to the list with a JSON 400 and stores nothing', async () => {
      const { person, client } = await addLearner(ctx);
      await expectApiError(await client.post('/api/events', { events: [valid()], personId: randomUUID() }), 400, 'validation_failed');
      expect(await storedEvents(person.id)).toEqual([]);
    });

    it(`refuses more than ${EVENT_BATCH_MAX} events with a JSON 400 and stores nothing`, async () => {
      const { person, client } = await addLearner(ctx);
      const events = Array.from({ length: EVENT_BATCH_MAX + 1 }, () => event('training_started'));
      await expectApiError(await client.post('/api/events', { events }), 400, 'validation_failed');
      expect(await storedEvents(person.id)).toEqual([]);
    });

    // A full batch is far over the 64 KiB most routes take: the events route must take more.
    it(`accepts a full batch of ${EVENT_BATCH_MAX} events, as the outbox sends them`, async () => {
      const { person, client } = await addLearner(ctx);
      const events = Array.from({ length: EVENT_BATCH_MAX }, (_, i) => event('question_answered', { questionId: i % 2 ? 'q1' : 'q2', correct: i < 2 }));
      const result = await sync(client, events);
      expect(result.results.every((r) => r.status === 'applied')).toBe(true);
      expect(await storedEvents(person.id)).toHaveLength(EVENT_BATCH_MAX);
    });
  });

  describe('only what the training really offers', () => {
    it('rejects each event of a farming batch (made-up questions and parts) with a reason, and gives no points for them', async () => {
      const { person, client } = await addLearner(ctx);
      const fakeQuestions = Array.from({ length: 250 }, (_, i) => event('question_answered', { questionId: `made-up-${i}` }));
      const fakeParts = Array.from({ length: 97 }, (_, i) => event('macro_part_done', { part: i + 4 }));
      const questionOfAMacro = event('question_answered', { itemId: macro, questionId: 'q1' });
      const partOfAMicro = event('macro_part_done', { itemId: micro, part: 1 });
      const real = [event('question_answered', { questionId: 'q1' }), event('question_answered', { questionId: 'q2' }), event('macro_part_done', { part: 3 })];

      const result = await sync(client, [...fakeQuestions, ...fakeParts, questionOfAMacro, partOfAMicro, ...real]);

      const statuses = statusesOf(result);
      for (const fake of [...fakeQuestions, questionOfAMacro]) expect(statuses[fake.id]).toBe('unknown_question');
      for (const fake of [...fakeParts, partOfAMicro]) expect(statuses[fake.id]).toBe('unknown_part');
      expect(real.map((e) => statuses[e.id])).toEqual(['applied', 'applied', 'applied']);
      expect(result.results.filter((r) => r.status === 'rejected').every((r) => r.reason)).toBe(true);
      // Two questions and one part: all the micro-training's questions (2 × 2) and one of the macro's three parts.
      expect(result.progress.points).toBe(2 * 2 + 10);
      expect((await storedEvents(person.id)).map((e) => e.id).sort()).toEqual(real.map((e) => e.id).sort());
    });

    it('never gives more than a training can give, however often its awards are sent', async () => {
      const { client } = await addLearner(ctx);
      const everything = [
        event('training_completed'),
        ...['q1', 'q2'].map((questionId) => event('question_answered', { questionId })),
        ...[1, 2, 3].map((part) => event('macro_part_done', { part })),
        event('training_completed', { itemId: macro }),
      ];
      await sync(client, everything);
      const again = await sync(client, everything.map((e) => ({ ...e, id: randomUUID() })));
      const [microOffer, macroOffer] = [{ questionIds: new Set(['q1', 'q2']), parts: 0 }, { questionIds: new Set<string>(), parts: 3 }];
      expect(again.progress.points).toBe(maxPointsOf(microOffer) + maxPointsOf(macroOffer));
    });

    it('credits nothing for a draft, a training published later or one not meant for the person', async () => {
      const { person, client } = await addLearner(ctx, { role: 'employee' });
      const draft = (await addItem(ctx, { kind: 'micro', publishedAt: null })).id;
      const later = (await addItem(ctx, { kind: 'micro', publishedAt: new Date(Date.parse(NOW) + DAY).toISOString() })).id;
      const forManagers = (await addItem(ctx, { kind: 'micro', targetRoles: ['manager'] })).id;
      const events = [draft, later, forManagers].flatMap((itemId) => [
        event('training_completed', { itemId }),
        event('question_answered', { itemId, questionId: 'q1' }),
        event('training_started', { itemId }),
      ]);

      const result = await sync(client, events);

      expect(result.results.map((r) => r.reason ?? r.status)).toEqual(events.map(() => 'not_available'));
      expect(result.progress.points).toBe(0);
      expect(await storedEvents(person.id)).toEqual([]);
      expect(await completions(person.id)).toEqual([]);
    });

    it('still credits a training withdrawn after the person started it, but not one withdrawn before', async () => {
      const started = await addLearner(ctx);
      const late = await addLearner(ctx);
      const item = (await addItem(ctx, { kind: 'micro' })).id;
      await sync(started.client, [event('training_started', { itemId: item })]);
      await ctx.deps.db.updateTable('learning_items').set({ published_at: null }).where('id', '=', item).execute();

      const finished = await sync(started.client, [event('training_completed', { itemId: item })]);
      const tooLate = await sync(late.client, [event('training_completed', { itemId: item })]);

      expect(finished.results[0]?.status).toBe('applied');
      expect(finished.progress.points).toBe(10);
      expect(tooLate.results[0]?.reason).toBe('not_available');
      expect(tooLate.progress.points).toBe(0);
    });
  });

  describe('points', () => {
    it('awards a training once: completing it again under a new id earns nothing and adds no second completion', async () => {
      const { person, client } = await addLearner(ctx);
      expect((await sync(client, [event('training_completed')])).progress.points).toBe(10);
      ctx.clock.advance(DAY);
      const again = await sync(client, [event('training_completed', { occurredAt: ctx.clock().toISOString() })]);
      expect(again.results[0]?.status).toBe('applied');
      expect(again.progress.points).toBe(10);
      expect(await completions(person.id)).toEqual([{ item_id: micro, source: 'app' }]);
      expect((await storedEvents(person.id)).map((e) => e.points).sort()).toEqual([0, 10]);
    });

    it('awards nothing for a wrong answer, and a right answer to the same question once', async () => {
      const { client } = await addLearner(ctx);
      const answer = (correct: boolean) => sync(client, [event('question_answered', { questionId: 'q2', correct })]);
      expect((await answer(false)).progress.points).toBe(0);
      expect((await answer(true)).progress.points).toBe(2);
      expect((await answer(true)).progress.points).toBe(2);
      expect((await sync(client, [event('question_answered', { questionId: 'q1' })])).progress.points).toBe(4);
    });
  });

  describe('streak', () => {
    it('counts an activity for the ISO week it happened in: Sunday 23:30 in Amsterdam is last week', async () => {
      const { client } = await addLearner(ctx, { timeZone: 'Europe/Amsterdam' });
      const sundayEvening = event('training_completed', { occurredAt: '2026-03-08T22:30:00Z' });

      const lastWeek = await sync(client, [sundayEvening]);
      expect(lastWeek.progress.streak).toMatchObject({ current: 1, currentWeekDone: false, currentWeek: '2026-W11' });

      const thisWeek = await sync(client, [event('question_answered')]);
      expect(thisWeek.progress.streak).toMatchObject({ current: 2, longest: 2, currentWeekDone: true, currentWeek: '2026-W11' });
    });

    it('does not count a teaser opened, though it earns a point', async () => {
      const { client } = await addLearner(ctx);
      const result = await sync(client, [event('teaser_opened')]);
      expect(result.progress.points).toBe(1);
      expect(result.progress.streak).toMatchObject({ current: 0, currentWeekDone: false });
      expect(result.progress.activitiesThisWeek).toBe(0);
    });

    it('stores every notification opened (from a training or the home), without points or a streak week', async () => {
      const { person, client } = await addLearner(ctx);
      const fromTraining = event('notification_opened');
      const fromHome = event('notification_opened', { itemId: undefined });
      const result = await sync(client, [fromTraining, fromHome, event('notification_opened')]);
      expect(result.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
      expect(result.progress).toMatchObject({ points: 0, streak: { current: 0, currentWeekDone: false }, activitiesThisWeek: 0 });
      expect((await storedEvents(person.id)).map((e) => e.points)).toEqual([0, 0, 0]);
      const unknownItem = event('notification_opened', { itemId: randomUUID() });
      expect(statusesOf(await sync(client, [unknownItem]))[unknownItem.id]).toBe('unknown_item');
    });

    it('puts each event in the week of the zone it was recorded in, whatever the person’s own zone', async () => {
      // 23:30 on Sunday in UTC is already 00:30 on Monday (W11) in Amsterdam.
      const instant = '2026-03-08T23:30:00Z';
      const inUtc = await addLearner(ctx, { timeZone: 'UTC' });
      const travelling = await addLearner(ctx, { timeZone: 'UTC' });
      const inAmsterdam = await addLearner(ctx, { timeZone: 'Europe/Amsterdam' });

      const sunday = await sync(inUtc.client, [event('training_completed', { occurredAt: instant, timeZone: 'UTC' })]);
      const monday = await sync(travelling.client, [event('training_completed', { occurredAt: instant, timeZone: 'Europe/Amsterdam' })]);
      const home = await sync(inAmsterdam.client, [event('training_completed', { occurredAt: instant, timeZone: 'Europe/Amsterdam' })]);

      expect(sunday.progress.streak).toMatchObject({ current: 1, currentWeekDone: false });
      expect(monday.progress.streak).toMatchObject({ current: 1, currentWeekDone: true });
      expect(home.progress.streak).toMatchObject({ current: 1, currentWeekDone: true });
    });
  });
});
