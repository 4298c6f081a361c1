/**
 * What a person does that a phone reports (the event schema in shared/schemas
 * builds its enum from this). `notification_opened` (the app opened from a
 * push) is there for the campaign figures: it earns nothing by default and
 * never counts for the streak.
 */
export const deviceActivityKinds = ['training_completed', 'question_answered', 'teaser_opened', 'training_started', 'macro_part_done', 'notification_opened'] as const;

/**
 * What the server itself awards, as an event of the same log so points stay
 * one sum: finishing a learning path (decided when its last training's
 * completion arrives). A phone may never report one.
 */
export const serverActivityKinds = ['path_completed'] as const;

/** Every kind the streak and points look at. */
export const activityKinds = [...deviceActivityKinds, ...serverActivityKinds] as const;

export type ActivityKind = (typeof activityKinds)[number];
export type DeviceActivityKind = (typeof deviceActivityKinds)[number];

/**
 * Something a person did, where they were when they did it. Streaks need no
 * more than this, so callers may pass their own richer records.
 */
export interface TimedActivity {
  /** ISO-8601 instant with Z or an offset (or a Date). */
  readonly at: string | Date;
  /** IANA zone the person was in at that moment: it decides the activity's calendar week. */
  readonly timeZone: string;
}

/**
 * "Now" for a person: the instant and the zone they are in today. Domain code
 * never reads the clock itself, so tests can travel through DST and year ends.
 */
export interface Clock {
  readonly now: string | Date;
  readonly timeZone: string;
}

// Learning is finishing a training (or a part of a macro-training) or answering
// a question. Opening a teaser is interest, and starting is a promise; counting
// them would let one idle tap a week keep a streak alive. They still earn
// points (see points.ts).
const streakKinds: ReadonlySet<ActivityKind> = new Set(['training_completed', 'question_answered', 'macro_part_done']);

/**
 * Whether an activity of this kind makes its week count for the streak.
 * Filter with it before calling computeStreak or weekProgress.
 *
 * @example countsForStreak('training_completed') // true
 * @example countsForStreak('teaser_opened')      // false
 */
export function countsForStreak(kind: ActivityKind): boolean {
  return streakKinds.has(kind);
}
