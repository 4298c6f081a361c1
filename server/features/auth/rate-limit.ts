import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../../db/database';

export interface RateLimit {
  limit: number;
  windowMs: number;
}

/**
 * Counts one hit for `bucket` in the current fixed window and tells whether
 * it is within the limit. The counter lives in the database so that several
 * server instances share it.
 */
export async function hitRateLimit(db: Kysely<Database>, bucket: string, rule: RateLimit, now: Date): Promise<boolean> {
  const windowStart = new Date(Math.floor(now.getTime() / rule.windowMs) * rule.windowMs).toISOString();
  const row = await db
    .insertInto('rate_limits')
    .values({ bucket, window_start: windowStart, hits: 1 })
    .onConflict((oc) => oc.columns(['bucket', 'window_start']).doUpdateSet({ hits: sql`rate_limits.hits + 1` }))
    .returning('hits')
    .executeTakeFirstOrThrow();
  return row.hits <= rule.limit;
}

/** Drops windows that started before `olderThan`; called by the scheduler now and then, not on every hit. */
export async function pruneRateLimits(db: Kysely<Database>, olderThan: Date): Promise<void> {
  await db.deleteFrom('rate_limits').where('window_start', '<', olderThan.toISOString()).execute();
}
