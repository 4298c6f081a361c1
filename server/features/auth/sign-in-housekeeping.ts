import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { authPolicy } from './auth.policy';
import { deleteExpiredLoginTokens, deleteExpiredSessions } from './auth.repository';
import { pruneRateLimits } from './rate-limit';
import { deleteExpiredSignUpTokens } from './sign-up';

/** The longest rate-limit window: a window that started longer ago than this has ended. */
const LONGEST_WINDOW_MS = Math.max(authPolicy.magicLinkPerAddress.windowMs, authPolicy.magicLinkPerIp.windowMs, authPolicy.tokenExchangePerIp.windowMs);

/**
 * Deletes what sign-in no longer needs: expired sessions, sign-in and sign-up tokens,
 * and rate-limit counters of windows that ended (they hold IP addresses).
 * Keeping only what is in use is part of collecting the minimum.
 */
export async function pruneExpiredSignInData(db: Kysely<Database>, now: Date): Promise<void> {
  await deleteExpiredSessions(db, now);
  await deleteExpiredLoginTokens(db, now);
  await deleteExpiredSignUpTokens(db, now);
  await pruneRateLimits(db, new Date(now.getTime() - LONGEST_WINDOW_MS));
}
