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
  /** Strict: what stops someone flooding one colleague's mailbox. */
  magicLinkPerAddress: { limit: 5, windowMs: 60 * MINUTE } satisfies RateLimit,
  /*
   * Generous: a whole hospital signs in through one NAT address, 300 people
   * within the hour of a kick-off, some asking twice. These limits only stop
   * a flood from one machine; guessing a token is hopeless (256 random bits).
   */
  magicLinkPerIp: { limit: 1000, windowMs: 60 * MINUTE } satisfies RateLimit,
  tokenExchangePerIp: { limit: 1000, windowMs: 60 * MINUTE } satisfies RateLimit,
} as const;
