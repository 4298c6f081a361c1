import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { Logger } from '../../http/app-env';
import type { ScheduledTask } from '../../jobs/scheduler-loop';
import { foldFunnel } from './funnel-fold';

const EVERY_MS = 5 * 60_000;

/** The scheduler's task: every five minutes it folds what arrived since into the funnel's rollups. */
export function funnelTask(db: Kysely<Database>, log: Logger): ScheduledTask {
  let foldedAt = -Infinity;
  return {
    name: 'funnel rollups',
    async run(now) {
      if (now.getTime() - foldedAt < EVERY_MS) return;
      foldedAt = now.getTime();
      const started = Date.now();
      const result = await foldFunnel(db, now);
      if (result.events > 0) log.info('funnel folded', { ...result, ms: Date.now() - started });
    },
  };
}
