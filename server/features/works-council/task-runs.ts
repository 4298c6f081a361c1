import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';

/**
 * Claims one run of a periodic task (e.g. the purge of one night): the
 * first instance to insert the row does it, every other finds it taken.
 */
export async function claimTaskRun(db: Kysely<Database>, task: string, runKey: string, instanceId: string, now: Date): Promise<boolean> {
  const result = await db
    .insertInto('task_runs')
    .values({ task, run_key: runKey, claimed_by: instanceId, claimed_at: now.toISOString(), report: null })
    .onConflict((oc) => oc.columns(['task', 'run_key']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function saveTaskReport(db: Kysely<Database>, task: string, runKey: string, report: unknown): Promise<void> {
  await db.updateTable('task_runs').set({ report: JSON.stringify(report) }).where('task', '=', task).where('run_key', '=', runKey).execute();
}

export async function recentTaskReports(db: Kysely<Database>, task: string, limit: number): Promise<{ claimed_at: string; report: string | null }[]> {
  return db.selectFrom('task_runs').select(['claimed_at', 'report']).where('task', '=', task).orderBy('claimed_at', 'desc').limit(limit).execute();
}
