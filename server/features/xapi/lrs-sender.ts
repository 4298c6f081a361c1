import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { XAPI_VERSION } from '../../../shared/domain/xapi-statement';
import type { LrsConnection } from './lrs-settings';

/*
 * Sends due statements from the outbox to the LRS, one PUT per statement
 * with its id (xAPI's idempotent form): 204 when stored, and a statement
 * the LRS already holds is not stored twice. Failures wait longer each
 * time (1, 2, 4 … minutes, at most 6 hours); this runs in the scheduler, so
 * a slow or failing LRS never holds up anyone using the app.
 */

const BATCH = 100;
const TIMEOUT_MS = 10_000;
const MAX_BACKOFF_MS = 6 * 60 * 60_000;

export interface SendResult {
  sent: number;
  failed: number;
}

export function backoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, 60_000 * 2 ** Math.max(0, attempts - 1));
}

export async function sendDueStatements(db: Kysely<Database>, lrs: LrsConnection, now: Date, fetchImpl: typeof fetch = fetch): Promise<SendResult> {
  const due = await db
    .selectFrom('xapi_outbox')
    .select(['id', 'statement', 'attempts'])
    .where('sent_at', 'is', null)
    .where('next_attempt_at', '<=', now.toISOString())
    .orderBy('next_attempt_at')
    .limit(BATCH)
    .execute();
  const result: SendResult = { sent: 0, failed: 0 };
  const authorization = `Basic ${Buffer.from(`${lrs.username}:${lrs.password}`).toString('base64')}`;
  for (const row of due) {
    const error = await put(fetchImpl, `${lrs.endpoint}/statements?statementId=${encodeURIComponent(row.id)}`, row.statement, authorization);
    if (error === null) {
      await db.updateTable('xapi_outbox').set({ sent_at: now.toISOString(), attempts: row.attempts + 1, last_error: null }).where('id', '=', row.id).execute();
      result.sent += 1;
    } else {
      const attempts = row.attempts + 1;
      await db
        .updateTable('xapi_outbox')
        .set({ attempts, last_error: error.slice(0, 500), next_attempt_at: new Date(now.getTime() + backoffMs(attempts)).toISOString() })
        .where('id', '=', row.id)
        .execute();
      result.failed += 1;
      // The LRS is down or refusing: the rest waits for the next tick rather than failing one by one now.
      break;
    }
  }
  return result;
}

/** Null when the LRS has the statement (stored now or before), else what went wrong. */
async function put(fetchImpl: typeof fetch, url: string, body: string, authorization: string): Promise<string | null> {
  try {
    const response = await fetchImpl(url, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', 'X-Experience-API-Version': XAPI_VERSION, Authorization: authorization },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await response.body?.cancel();
    // 409: the LRS holds a statement with this id already (xAPI §2.1.3.2): it is there.
    if (response.ok || response.status === 409) return null;
    return `LRS answered ${response.status}`;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
