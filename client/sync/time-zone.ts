let cached: { zone: string; at: number } | null = null;
const RECHECK_MS = 60_000;

/**
 * The zone the phone is in now; it decides which learning week an activity
 * counts for. Asking Intl for it builds a formatter, which is slow on a
 * cheap phone, so the answer is kept for a minute (someone who just flew in
 * gets the new zone within a minute).
 */
export function currentTimeZone(now = Date.now()): string {
  if (!cached || now - cached.at > RECHECK_MS) cached = { zone: Intl.DateTimeFormat().resolvedOptions().timeZone, at: now };
  return cached.zone;
}
