/**
 * When a campaign teaser goes live: never before its campaign's kick-off
 * (that is the reveal), and never earlier than asked. A draft (null) stays a
 * draft. Times are ISO-8601 UTC strings, so they compare as text.
 *
 * @example heldUntilKickoff('2026-03-01T09:00:00.000Z', '2026-03-10T09:00:00.000Z') // '2026-03-10T09:00:00.000Z'
 */
export function heldUntilKickoff(requested: string | null, kickoffAt: string | null): string | null {
  if (requested === null || kickoffAt === null) return requested;
  return requested < kickoffAt ? kickoffAt : requested;
}
