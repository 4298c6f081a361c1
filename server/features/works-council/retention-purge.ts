import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { AppHooks, Logger } from '../../http/app-env';
import type { PurgeRun, RetentionSettings } from '../../../shared/schemas/works-council';
import { foldActivityMonths } from './activity-figures';
import { loadRetention } from './retention-settings';
import { claimTaskRun, recentTaskReports, saveTaskReport } from './task-runs';

/*
 * The nightly retention purge. First the funnel's figures of every finished
 * month are folded into counts (activity-figures.ts), then each kind of
 * personal data past its period (retention-settings.ts, set in the
 * workspace) is deleted, and what was deleted is kept as the run's report.
 * One instance does a night's purge: the night is claimed in task_runs.
 */

export const PURGE_TASK = 'retention-purge';
const DAY_MS = 24 * 60 * 60_000;
/** The purge runs from this hour (UTC) on, when almost nobody learns. */
const PURGE_FROM_HOUR_UTC = 1;

const before = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS).toISOString();
const count = (result: { numDeletedRows: bigint } | undefined) => Number(result?.numDeletedRows ?? 0);

/** Deletes what is past its period; answers how many rows of each kind went. */
export async function purgeExpired(db: Kysely<Database>, hooks: Pick<AppHooks, 'erasing'>, retention: RetentionSettings, now: Date): Promise<Record<string, number>> {
  const signIn = before(now, retention.signInRecords);
  const deleted: Record<string, number> = {};
  // People who left are erased with all that is theirs: what foreign keys cannot reach (a story's share link and
  // photo) through the erasing hook, as when someone erases themselves; their counts stay in the folded months.
  const leftBefore = before(now, retention.departedPeople);
  for (const { id } of await db.selectFrom('people').select('id').where('left_at', '<', leftBefore).execute()) await hooks.erasing(db, { personId: id });
  deleted.departedPeople = count(await db.deleteFrom('people').where('left_at', '<', leftBefore).executeTakeFirst());
  deleted.learningEvents = count(await db.deleteFrom('learning_events').where('occurred_at', '<', before(now, retention.learningEvents)).executeTakeFirst());
  deleted.sessions = count(await db.deleteFrom('sessions').where('expires_at', '<', signIn).executeTakeFirst());
  deleted.loginTokens = count(await db.deleteFrom('login_tokens').where('created_at', '<', signIn).executeTakeFirst());
  deleted.signUpTokens = count(await db.deleteFrom('sign_up_tokens').where('created_at', '<', signIn).executeTakeFirst());
  deleted.rateLimits = count(await db.deleteFrom('rate_limits').where('window_start', '<', signIn).executeTakeFirst());
  deleted.ssoFlows = count(await db.deleteFrom('sso_flows').where('expires_at', '<', now.toISOString()).executeTakeFirst());
  deleted.notifications = count(await db.deleteFrom('notifications').where('created_at', '<', before(now, retention.notifications)).executeTakeFirst());
  deleted.reminderJobs = count(await db.deleteFrom('reminder_jobs').where('done_at', '<', before(now, retention.notifications)).executeTakeFirst());
  deleted.accessLog = count(await db.deleteFrom('access_log').where('viewed_at', '<', before(now, retention.accessLog)).executeTakeFirst());
  deleted.auditLog = count(await db.deleteFrom('audit_log').where('at', '<', before(now, retention.auditLog)).executeTakeFirst());
  deleted.xapiSent = count(await db.deleteFrom('xapi_outbox').where('sent_at', '<', before(now, retention.xapiSent)).executeTakeFirst());
  // Answers carry only their day (YYYY-MM-DD): compared as days.
  const answeredBefore = before(now, retention.evaluationAnswers).slice(0, 10);
  deleted.evaluationAnswers = count(await db.deleteFrom('evaluation_responses').where('answered_on', '<', answeredBefore).executeTakeFirst());
  return deleted;
}

/** One whole purge at `now`: fold, then delete. */
export async function runRetention(db: Kysely<Database>, hooks: Pick<AppHooks, 'erasing'>, now: Date): Promise<PurgeRun> {
  const foldedMonths = await foldActivityMonths(db, now);
  const deleted = await purgeExpired(db, hooks, await loadRetention(db), now);
  return { at: now.toISOString(), deleted, foldedMonths };
}

/**
 * Once a night (from 01:00 UTC), on one instance: a function of the time
 * that answers the run's report, or null when it was not this instance's
 * (or not yet the night's) to do.
 */
export function nightlyRetention(db: Kysely<Database>, hooks: Pick<AppHooks, 'erasing'>, log: Logger, instanceId: string): (now: Date) => Promise<PurgeRun | null> {
  let doneFor = '';
  return async (now) => {
    const night = now.toISOString().slice(0, 10);
    if (doneFor === night || now.getUTCHours() < PURGE_FROM_HOUR_UTC) return null;
    doneFor = night;
    if (!(await claimTaskRun(db, PURGE_TASK, night, instanceId, now))) return null;
    const report = await runRetention(db, hooks, now);
    await saveTaskReport(db, PURGE_TASK, night, report);
    log.info('retention purge', { ...report.deleted, foldedMonths: report.foldedMonths.length });
    return report;
  };
}

/** The purge as the scheduler runs it. */
export function retentionTask(db: Kysely<Database>, hooks: Pick<AppHooks, 'erasing'>, log: Logger, instanceId: string) {
  const nightly = nightlyRetention(db, hooks, log, instanceId);
  return {
    name: PURGE_TASK,
    async run(now: Date): Promise<void> {
      await nightly(now);
    },
  };
}

export async function recentPurges(db: Kysely<Database>, limit = 10): Promise<PurgeRun[]> {
  const rows = await recentTaskReports(db, PURGE_TASK, limit);
  return rows.flatMap((row) => (row.report ? [JSON.parse(row.report) as PurgeRun] : []));
}
