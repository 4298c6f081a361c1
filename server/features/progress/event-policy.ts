const MINUTE = 60_000;

/**
 * Which events the server accepts. A phone's clock may run a little fast;
 * beyond that, a future date is a bug or a trick. Events older than the
 * offline window are refused so that old backlogs cannot rewrite last month's
 * competitions; the app warns long before (it syncs at every start).
 */
export const eventPolicy = {
  maxClockSkewMs: 5 * MINUTE,
  offlineWindowMs: 30 * 24 * 60 * MINUTE,
} as const;
