import { afterEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../server/db/connect';
import { foldFunnel } from '../../server/features/insights/funnel-fold';
import { testDatabases } from '../helpers/databases';

const NOW = new Date('2026-03-11T10:00:00.000Z');
const RECEIVED = '2026-03-10T08:00:00.000Z';

describe.each(testDatabases())('the funnel fold reads learning a page at a time ($name)', (kind) => {
  let handle: DatabaseHandle | undefined;
  afterEach(async () => {
    await handle?.destroy();
    handle = undefined;
  });

  it('reads every event of a backlog larger than a page, also where a page ends inside events received at the same moment, and none twice', async () => {
    handle = await kind.create();
    const { db } = handle;
    const person = (id: string) => ({ id, email: `${id}@example.test`, name: id, role: 'employee' as const, language: 'nl' as const, time_zone: 'Europe/Amsterdam', department_id: null, team_id: null, manager_id: null, created_at: RECEIVED, joined_at: RECEIVED, left_at: null });
    await db.insertInto('people').values([person('early'), person('late')]).execute();
    // 6,000 events arrive in one moment (a phone's outbox after weeks offline): the page of 5,000 ends among them.
    // Only the last thousand (by id, the fold's tie-break) are the late learner's, in a week of their own.
    const events = Array.from({ length: 6000 }, (_, i) => ({
      id: `e${String(i).padStart(5, '0')}`,
      person_id: i < 5000 ? 'early' : 'late',
      kind: 'question_answered' as const,
      item_id: null,
      teaser_id: null,
      question_id: `q${i}`,
      correct: 1,
      part: null,
      award_key: null,
      occurred_at: i < 5000 ? '2026-03-09T09:00:00.000Z' : '2026-01-14T09:00:00.000Z',
      time_zone: 'Europe/Amsterdam',
      received_at: RECEIVED,
      points: 0,
    }));
    for (let i = 0; i < events.length; i += 500) await db.insertInto('learning_events').values(events.slice(i, i + 500)).execute();

    expect((await foldFunnel(db, NOW)).events).toBe(6000);
    const weeks = await db.selectFrom('learning_weeks').select(['person_id', 'week']).orderBy('person_id').execute();
    expect(weeks).toEqual([
      { person_id: 'early', week: '2026-W11' },
      { person_id: 'late', week: '2026-W03' },
    ]);
    expect((await foldFunnel(db, new Date(NOW.getTime() + 60_000))).events).toBe(0);
  });
});
