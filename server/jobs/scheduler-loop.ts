import { hostname } from 'node:os';
import type { AppConfig } from '../config';
import { pushSenderFor } from '../features/push/push-service';
import type { Clock } from '../http/app-env';
import { runDueJobs, type SchedulerDeps } from './reminder-scheduler';

export interface RunningScheduler {
  /** Stops ticking and waits for a tick in progress to finish. */
  stop(): Promise<void>;
}

/**
 * Runs a scheduler tick every `intervalMs` (never two at once in this
 * instance; other instances coordinate through the database).
 */
export function startReminderScheduler(deps: SchedulerDeps, clock: Clock, intervalMs = 30_000): RunningScheduler {
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = runDueJobs(deps, clock())
      .then((result) => {
        if (result.claimed > 0) deps.log.info('reminders', { claimed: result.claimed, ...result.outcomes });
      })
      .catch((error: unknown) => deps.log.error('reminder tick failed', { error: error instanceof Error ? error.stack : String(error) }))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  tick();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

/** The scheduler as main.ts runs it: this server's push sender, a name per process, the wall clock. */
export async function startSchedulerFor(
  database: { db: SchedulerDeps['db']; dialect: SchedulerDeps['dialect'] },
  config: AppConfig,
  log: SchedulerDeps['log'],
  clock: Clock = () => new Date(),
): Promise<RunningScheduler> {
  const sender = await pushSenderFor(database.db, config, clock, log);
  const scheduler = startReminderScheduler({ ...database, sender, log, instanceId: `${hostname()}:${process.pid}` }, clock);
  return {
    async stop() {
      await scheduler.stop();
      sender.close();
    },
  };
}
