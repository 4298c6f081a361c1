import type { RateLimit } from './rate-limit';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** How long things live and how often they may be asked for; one place to tune them. */
export const authPolicy = {
  magicLinkTtlMs: 15 * MINUTE,
  inviteTtlMs: 14 * DAY,
  /** A phone stays signed in for half a year of use; each visit extends it. */
  sessionTtlMs: 180 * DAY,
  /** Extending a session is a write: do it at most this often per session. */
  sessionTouchEveryMs: DAY,
  magicLinkPerAddress: { limit: 5, windowMs: 60 * MINUTE } satisfies RateLimit,
  magicLinkPerIp: { limit: 30, windowMs: 60 * MINUTE } satisfies RateLimit,
  tokenExchangePerIp: { limit: 60, windowMs: 15 * MINUTE } satisfies RateLimit,
} as const;
