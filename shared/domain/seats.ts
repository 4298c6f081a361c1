/**
 * Who has a seat in a classroom session and who waits: the first `seats`
 * registrations (in the order they came in) have one; the rest wait in that
 * order. When someone unregisters, the first waiting person moves up simply
 * because the order is recomputed — no state to keep in step.
 *
 * @example seatStatus(['a', 'b', 'c'], 2, 'c') // { status: 'waiting', waitingPosition: 1 }
 */
export function seatStatus(
  orderedPersonIds: readonly string[],
  seats: number,
  personId: string,
): { status: 'registered' | 'waiting' | 'none'; waitingPosition: number | null } {
  const index = orderedPersonIds.indexOf(personId);
  if (index === -1) return { status: 'none', waitingPosition: null };
  if (index < seats) return { status: 'registered', waitingPosition: null };
  return { status: 'waiting', waitingPosition: index - seats + 1 };
}

/** Seats taken and people waiting for a session. */
export function seatCounts(registrations: number, seats: number): { seatsTaken: number; waiting: number } {
  return { seatsTaken: Math.min(registrations, seats), waiting: Math.max(0, registrations - seats) };
}
