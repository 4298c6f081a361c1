import { hostname } from 'node:os';
import type { AppConfig } from '../config';
import { pruneExpiredSignInData } from '../features/auth/sign-in-housekeeping';
import { eventPolicy } from '../features/progress/event-policy';
import { deleteUnclaimedPassesBefore } from '../features/try-first/try-first.repository';
import { settleEndedCompetitions } from '../features/competitions/settlement.service';
import { pushSenderFor } from '../features/push/push-service';
import type { Clock, Logger } from '../http/app-env';
import { runDueJobs, type SchedulerDeps } from './reminder-scheduler';
import { retentionTask } from '../features/works-council/retention-purge';
import { createAppHooks } from '../app-hooks';
import { xapiTask } from '../features/xapi/xapi.task';
import { createMailer } from '../mail/mailer';
import { runJourneys } from './journey-scheduler';
import { funnelTask } from '../features/insights/funnel.task';

const HOUSEKEEPING_EVERY_MS = 60 * 60_000;

export interface RunningScheduler {
  /** Stops ticking and waits for a tick in progress to finish. */
  stop(): Promise<void>;
}

/** One kind of due work, done at every tick. A failing task is logged and does not keep the others from running. */
export interface ScheduledTask {
  name: string;
  run(now: Date): Promise<void>;
}

/**
 * Runs every task once now and then every `intervalMs` (never two ticks at
 * once in this instance; other instances coordinate through the database).
 */
export function startTicking(tasks: readonly ScheduledTask[], clock: Clock, log: Logger, intervalMs = 30_000): RunningScheduler {
  let running: Promise<void> | null = null;
  const runAll = async () => {
    for (const task of tasks) {
      await task.run(clock()).catch((error: unknown) => log.error(`${task.name} tick failed`, { error: error instanceof Error ? error.stack : String(error) }));
    }
  };
  const tick = () => {
    if (running) return;
    running = runAll().finally(() => {
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

/**
 * The scheduler as main.ts runs it, with this server's push sender, a name
 * per process and the wall clock: learning-moment reminders, the settling
 * of competitions whose period ended (winners told by push), at most
 * hourly, deleting expired sign-in data, nightly the retention purge, and
 * sending xAPI statements to the organisation's LRS, and drip journeys.
 */
export async function startSchedulerFor(
  database: { db: SchedulerDeps['db']; dialect: SchedulerDeps['dialect'] },
  config: AppConfig,
  log: Logger,
  clock: Clock = () => new Date(),
  intervalMs?: number,
): Promise<RunningScheduler> {
  const sender = await pushSenderFor(database.db, config, clock, log);
  const reminders: SchedulerDeps = { ...database, sender, log, instanceId: `${hostname()}:${process.pid}` };
  // Its own pooled mail transport: a journey step's bulk mail does not queue behind (or ahead of) sign-in links.
  const mailer = createMailer(config.smtpUrl, config.mailFrom, log, { dkim: config.dkim });
  let prunedAt = -Infinity;
  const tasks: ScheduledTask[] = [
    {
      name: 'reminders',
      async run(now) {
        const result = await runDueJobs(reminders, now);
        if (result.claimed > 0) log.info('reminders', { claimed: result.claimed, ...result.outcomes });
      },
    },
    {
      name: 'journeys',
      async run(now) {
        const result = await runJourneys({ ...database, mailer, sender, log, publicUrl: config.publicUrl, instanceId: reminders.instanceId }, now);
        if (result.claimed > 0 || result.entered > 0) log.info('journeys', { entered: result.entered, claimed: result.claimed, ...result.outcomes });
      },
    },
    {
      name: 'competitions',
      async run(now) {
        const settled = await settleEndedCompetitions({ db: database.db, config, clock, log }, now);
        if (settled > 0) log.info('competitions settled', { settled });
      },
    },
    {
      name: 'sign-in and try-pass housekeeping',
      async run(now) {
        if (now.getTime() - prunedAt < HOUSEKEEPING_EVERY_MS) return;
        prunedAt = now.getTime();
        await pruneExpiredSignInData(database.db, now);
        // A try pass nobody claimed within the offline window can no longer be claimed: it goes.
        await deleteUnclaimedPassesBefore(database.db, new Date(now.getTime() - eventPolicy.offlineWindowMs));
      },
    },
    retentionTask(database.db, createAppHooks(), log, reminders.instanceId),
    xapiTask(database.db, config, log),
    funnelTask(database.db, log),
  ];
  const scheduler = startTicking(tasks, clock, log, intervalMs);
  return {
    async stop() {
      await scheduler.stop();
      sender.close();
      mailer.close();
    },
  };
}
