/** The zone the phone is in now; it decides which learning week an activity counts for. */
export function currentTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
