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
