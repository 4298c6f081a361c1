import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { connectDatabase } from '../../server/db/connect';
import type { Database } from '../../server/db/database';
import { migrateToLatest } from '../../server/db/migrate';
import { loadDemoOrganisation } from '../../server/demo/demo-organisation';
import { createPerson } from '../../server/features/people/people.service';
import { applyEvents } from '../../server/features/progress/sync.service';
import { createAppHooks } from '../../server/app-hooks';
import { learningEventSchema, type LearningEvent } from '../../shared/schemas/events';
import { createPersonSchema } from '../../shared/schemas/people';
import { quietLogger } from './bench-server';
import { median, type Bench } from './figures';

const EVENTS = 1000;
const RUNS = 5;
const HOUR_MS = 60 * 60 * 1000;

export interface EventTargets {
  itemIds: string[];
  teaserIds: string[];
}

/**
 * `count` valid events for one person, as a phone's outbox would send after a
 * long time offline: trainings started, questions answered, trainings
 * completed and teasers opened, spread over the last five days. Every event
 * passes the API's own schema.
 */
export function outboxBacklog(count: number, targets: EventTargets, now: Date): LearningEvent[] {
  const pick = (ids: string[], i: number) => {
    const id = ids[i % ids.length];
    if (!id) throw new Error('no items or teasers to refer to');
    return id;
  };
  return Array.from({ length: count }, (_, i) => {
    const common = {
      id: randomUUID(),
      occurredAt: new Date(now.getTime() - ((i * 7_919_000) % (5 * 24 * HOUR_MS)) - HOUR_MS).toISOString(),
      timeZone: 'Europe/Amsterdam',
    };
    const itemId = pick(targets.itemIds, i);
    const kinds = [
      { kind: 'training_started', itemId },
      { kind: 'question_answered', itemId, questionId: 'q1', correct: i % 3 !== 0 },
      { kind: 'training_completed', itemId },
      { kind: 'teaser_opened', teaserId: pick(targets.teaserIds, i) },
    ];
    return learningEventSchema.parse({ ...common, ...kinds[i % kinds.length] });
  });
}

async function eventTargets(db: Kysely<Database>): Promise<EventTargets> {
  const [items, teasers] = await Promise.all([
    // Micro-trainings, whose first question is q1 in the demo: an event about a question a training lacks is refused, not applied.
    db.selectFrom('learning_items').select('id').where('kind', '=', 'micro').execute(),
    db.selectFrom('teasers').select('id').execute(),
  ]);
  return { itemIds: items.map((i) => i.id), teaserIds: teasers.map((t) => t.id) };
}

/**
 * Server time to apply a backlog of 1,000 outbox events in one call, on a
 * file-backed SQLite database (WAL, as in production). A warm-up run first;
 * then each run uses a new person and new event ids, so every event is applied
 * and none is a cheap duplicate.
 */
export const outboxApply: Bench = {
  name: 'outbox apply',
  timeoutMs: 60_000,
  async run({ log }) {
    const dataDir = mkdtempSync(join(tmpdir(), 'leerlust-bench-outbox-'));
    const database = connectDatabase({ sqliteFile: join(dataDir, 'leerlust.sqlite') });
    try {
      const now = new Date();
      await migrateToLatest(database.db);
      await loadDemoOrganisation(database.db, now, quietLogger);
      const targets = await eventTargets(database.db);
      log(`outbox apply: ${EVENTS} events × (1 warm-up + ${RUNS} runs), ${targets.itemIds.length} items, ${targets.teaserIds.length} teasers`);

      const timeOneRun = async (run: number) => {
        const person = await createPerson(
          database.db,
          createPersonSchema.parse({ name: `Bench Person ${run}`, email: `bench${run}.${now.getTime()}@bench.example` }),
          now,
        );
        const events = outboxBacklog(EVENTS, targets, now);
        const started = performance.now();
        const result = await applyEvents(database.db, createAppHooks(), person, events, now);
        const ms = performance.now() - started;
        const applied = result.results.filter((r) => r.status === 'applied').length;
        if (applied !== EVENTS) throw new Error(`only ${applied} of ${EVENTS} events were applied: the backlog is not what it claims`);
        return ms;
      };

      const warmUp = await timeOneRun(0);
      const times: number[] = [];
      for (let run = 1; run <= RUNS; run++) times.push(await timeOneRun(run));
      return {
        figures: [
          { id: 'outbox.apply1000.median', label: `Apply ${EVENTS.toLocaleString('en')} outbox events (SQLite, median)`, value: median(times), unit: 'ms', budget: { max: 300 } },
        ],
        notes: [`runs: ${times.map((t) => t.toFixed(0)).join(', ')} ms (warm-up ${warmUp.toFixed(0)} ms; each includes the progress summary applyEvents returns)`],
      };
    } finally {
      await database.destroy();
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
