import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../server/http/logger';
import { activityFigures } from '../../server/features/works-council/activity-figures';
import { recordAccess } from '../../server/features/works-council/access-log';
import { nightlyRetention } from '../../server/features/works-council/retention-purge';
import { defaultRetention } from '../../server/features/works-council/retention-settings';
import { writeSetting } from '../../server/features/settings/settings.repository';
import { testDatabases } from '../helpers/databases';
import { addItem } from '../helpers/learning';
import { addPerson, createTestContext, signedInClient, type TestClient, type TestContext } from '../helpers/test-app';

const DAY = 24 * 60 * 60_000;
const NOW = '2026-03-02T01:30:00Z';
/** Only the counts: whether a month was folded is expected to change. */
const counts = (figures: Awaited<ReturnType<typeof activityFigures>>) => figures.months.map(({ folded: _folded, ...rest }) => rest);

describe.each(testDatabases())('retention purge ($name)', (kind) => {
  let ctx: TestContext;
  let admin: TestClient;
  let itemId: string;
  const people: string[] = [];

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    const adminRow = await addPerson(ctx, { role: 'admin' });
    admin = await signedInClient(ctx, adminRow.id);
    itemId = (await addItem(ctx)).id;
    // Eight people who joined 30 months ago learned, each at their own pace, every month since.
    const start = Date.parse(NOW) - 30 * 30 * DAY;
    for (let p = 0; p < 8; p += 1) {
      const person = await addPerson(ctx);
      people.push(person.id);
      await ctx.deps.db.updateTable('people').set({ joined_at: new Date(start + p * 3 * DAY).toISOString() }).where('id', '=', person.id).execute();
      const events = [];
      for (let day = p; day < 30 * 30; day += 9 + p) {
        const at = new Date(start + day * DAY).toISOString();
        events.push({
          id: randomUUID(),
          person_id: person.id,
          kind: (day % 2 === 0 ? 'training_completed' : 'question_answered') as 'training_completed' | 'question_answered',
          item_id: itemId,
          teaser_id: null,
          question_id: day % 2 === 0 ? null : 'q1',
          correct: day % 2 === 0 ? null : 1,
          part: null,
          award_key: null,
          occurred_at: at,
          time_zone: 'Europe/Amsterdam',
          received_at: at,
          points: 10,
        });
      }
      await ctx.deps.db.insertInto('learning_events').values(events).execute();
    }
  });
  afterAll(() => ctx.close());

  it('purges what is past its period while the funnel figures stay the same', async () => {
    ctx.clock.set(NOW);
    // One of them left 200 days ago (past the 180 days after leaving): they are erased, their counts stay.
    const departed = people[0] ?? '';
    const leftAt = new Date(Date.parse(NOW) - 200 * DAY).toISOString();
    await ctx.deps.db.updateTable('people').set({ left_at: leftAt }).where('id', '=', departed).execute();
    // Nobody learns in Leerlust after leaving: their sessions ended then.
    await ctx.deps.db.deleteFrom('learning_events').where('person_id', '=', departed).where('occurred_at', '>', leftAt).execute();
    // Sign-in records, inbox messages and access-log rows of long ago, and fresh ones.
    const old = new Date(Date.parse(NOW) - 800 * DAY);
    const someone = people[1] ?? '';
    await ctx.deps.db.insertInto('rate_limits').values([{ bucket: 'old', window_start: old.toISOString(), hits: 1 }, { bucket: 'new', window_start: NOW, hits: 1 }]).execute();
    await ctx.deps.db
      .insertInto('notifications')
      .values([old, ctx.clock()].map((at) => ({ id: randomUUID(), person_id: someone, kind: 'reminder', title: 't', body: 'b', url: '/', created_at: at.toISOString() })))
      .execute();
    await recordAccess(ctx.deps.db, someone, [people[2] ?? ''], 'people_list', old);
    await recordAccess(ctx.deps.db, someone, [people[2] ?? ''], 'people_list', ctx.clock());

    const before = await activityFigures(ctx.deps.db, ctx.clock(), 30);
    expect(before.months.some((m) => m.active > 0 && m.retained > 0 && m.completions > 0)).toBe(true);
    const oldEvents = await ctx.deps.db.selectFrom('learning_events').select('id').where('occurred_at', '<', new Date(Date.parse(NOW) - defaultRetention.learningEvents * DAY).toISOString()).execute();
    expect(oldEvents.length).toBeGreaterThan(0);

    const log = createMemoryLogger();
    const report = await nightlyRetention(ctx.deps.db, ctx.deps.hooks, log, 'instance-a')(ctx.clock());
    expect(report).not.toBeNull();
    expect(report?.deleted).toMatchObject({ departedPeople: 1, rateLimits: 1, notifications: 1, accessLog: 1 });
    expect(report?.deleted.learningEvents).toBeGreaterThan(0);
    expect(report?.foldedMonths.length).toBeGreaterThan(20);

    // Past its period: gone. Within it: still there.
    const cutoff = new Date(Date.parse(NOW) - defaultRetention.learningEvents * DAY).toISOString();
    expect(await ctx.deps.db.selectFrom('learning_events').select('id').where('occurred_at', '<', cutoff).execute()).toHaveLength(0);
    expect((await ctx.deps.db.selectFrom('learning_events').select('id').where('occurred_at', '>=', cutoff).execute()).length).toBeGreaterThan(0);
    expect(await ctx.deps.db.selectFrom('people').select('id').where('id', '=', departed).execute()).toHaveLength(0);
    expect((await ctx.deps.db.selectFrom('rate_limits').select('bucket').execute()).map((r) => r.bucket)).toEqual(expect.arrayContaining(['new']));
    expect(await ctx.deps.db.selectFrom('rate_limits').select('bucket').where('bucket', '=', 'old').execute()).toHaveLength(0);
    expect(await ctx.deps.db.selectFrom('notifications').select('id').where('person_id', '=', someone).execute()).toHaveLength(1);
    expect(await ctx.deps.db.selectFrom('access_log').select('day').execute()).toHaveLength(1);

    // The figures are the same, month by month, the purged months now read from their folded counts.
    const after = await activityFigures(ctx.deps.db, ctx.clock(), 30);
    expect(counts(after)).toEqual(counts(before));
    expect(after.months.filter((m) => m.folded).length).toBeGreaterThan(20);

    // The figures the workspace shows are those too.
    const shown = await admin.get('/api/admin/activity-figures');
    expect(shown.status).toBe(200);
    expect(((await shown.json()) as typeof after).months).toEqual(after.months.slice(-24));
  });

  it('purges once a night, on one instance, and logs it', async () => {
    const night = '2026-03-03T02:00:00.000Z';
    const first = nightlyRetention(ctx.deps.db, ctx.deps.hooks, createMemoryLogger(), 'instance-a');
    const second = nightlyRetention(ctx.deps.db, ctx.deps.hooks, createMemoryLogger(), 'instance-b');
    expect(await first(new Date('2026-03-03T00:30:00Z'))).toBeNull(); // before the purge hour
    const [a, b] = await Promise.all([first(new Date(night)), second(new Date(night))]);
    expect([a, b].filter(Boolean)).toHaveLength(1);
    expect(await first(new Date('2026-03-03T03:00:00Z'))).toBeNull();
    const overview = await admin.get('/api/admin/works-council');
    const body = (await overview.json()) as { purges: { at: string }[] };
    expect(body.purges.map((p) => p.at)).toContain(night);
  });

  it('purges evaluation answers past their period, counted in days, and keeps an admin\'s older settings', async () => {
    // Periods saved before evaluation answers had one: they still hold, and the new kind takes its default.
    const { evaluationAnswers: _new, ...older } = { ...defaultRetention, learningEvents: 400 };
    await writeSetting(ctx.deps.db, 'retention', older, ctx.clock());
    const evaluation = randomUUID();
    await ctx.deps.db
      .insertInto('evaluations')
      .values({ id: evaluation, title_nl: 'Hoe was het?', title_en: 'How was it?', questions: '[]', trigger: '{"kind":"manual"}', status: 'closed', opened_at: null, created_at: NOW, updated_at: NOW })
      .execute();
    const night = new Date('2026-03-09T02:00:00.000Z');
    const day = (daysAgo: number) => new Date(night.getTime() - daysAgo * DAY).toISOString().slice(0, 10);
    await ctx.deps.db
      .insertInto('evaluation_responses')
      .values([defaultRetention.evaluationAnswers + 1, defaultRetention.evaluationAnswers - 1].map((daysAgo) => ({ id: randomUUID(), evaluation_id: evaluation, answered_on: day(daysAgo), department_id: null, team_id: null, role: null, item_id: null, answers: '{}' })))
      .execute();
    const report = await nightlyRetention(ctx.deps.db, ctx.deps.hooks, createMemoryLogger(), 'instance-a')(night);
    expect(report?.deleted.evaluationAnswers).toBe(1);
    expect((await ctx.deps.db.selectFrom('evaluation_responses').select('answered_on').where('evaluation_id', '=', evaluation).execute()).map((r) => r.answered_on)).toEqual([day(defaultRetention.evaluationAnswers - 1)]);
    const overview = (await (await admin.get('/api/admin/works-council')).json()) as { retention: Record<string, number> };
    expect(overview.retention).toMatchObject({ learningEvents: 400, evaluationAnswers: defaultRetention.evaluationAnswers });
  });

  it('takes periods set in the workspace, and refuses one too short to keep the figures', async () => {
    const retention = { ...defaultRetention, learningEvents: 365, signInRecords: 7 };
    const saved = await admin.request('PUT', '/api/admin/retention', retention);
    expect(await saved.json()).toEqual(retention);
    const tooShort = await admin.request('PUT', '/api/admin/retention', { ...retention, learningEvents: 30 });
    expect(tooShort.status).toBe(400);
    const table = (await (await admin.get('/api/privacy/who-sees-what')).json()) as { kinds: { id: string; retention: { days: number | null } }[] };
    expect(table.kinds.find((k) => k.id === 'learning_activity')?.retention.days).toBe(365);
  });
});
