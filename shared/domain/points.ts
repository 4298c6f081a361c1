import { activityKinds, type ActivityKind } from './learning-activity';

/** Points per activity kind. */
export type PointValues = Readonly<Record<ActivityKind, number>>;

/** The highest value an admin may give one activity, so no single tap can swamp a ranking. */
export const MAX_POINT_VALUE = 1000;

/**
 * What each kind earns unless an admin says otherwise. Starting a training
 * earns nothing: points for a start would reward starting over and over. A
 * part of a macro-training is a sitting at least as long as a micro-training.
 */
export const defaultPointValues: PointValues = Object.freeze({
  training_completed: 10,
  question_answered: 2,
  teaser_opened: 1,
  training_started: 0,
  macro_part_done: 10,
  // Tapping a reminder is not learning; the training it opens earns the points.
  notification_opened: 0,
  // A whole path is several trainings (each already earned its own): finishing it is worth two more.
  path_completed: 20,
});

/**
 * The admin's overrides merged over the defaults. Throws a RangeError naming
 * every bad entry: an unknown kind, or a value that is not a whole number from
 * 0 to MAX_POINT_VALUE (negative points would let learning cost a person).
 *
 * @example resolvePointValues({ teaser_opened: 0 }).teaser_opened // 0
 * @example resolvePointValues({ training_completed: -5 })         // throws RangeError
 */
export function resolvePointValues(overrides: Partial<Record<ActivityKind, number>>): PointValues {
  const problems = Object.entries(overrides).flatMap(([kind, value]) => {
    if (!(activityKinds as readonly string[]).includes(kind)) return [`unknown activity kind ${kind}`];
    const valid = value !== undefined && Number.isInteger(value) && value >= 0 && value <= MAX_POINT_VALUE;
    return valid ? [] : [`${kind} must be a whole number from 0 to ${MAX_POINT_VALUE}, not ${String(value)}`];
  });
  if (problems.length > 0) throw new RangeError(`Invalid point values: ${problems.join('; ')}`);
  return Object.freeze({ ...defaultPointValues, ...overrides });
}

/** An activity as points see it; `correct` matters only for answers. */
export interface PointEvent {
  readonly kind: ActivityKind;
  /** False for a wrong answer, which earns nothing; absent means correct. */
  readonly correct?: boolean;
}

/**
 * Points one activity (or a kind, taken as done well) earns.
 *
 * @example pointsFor('training_completed')                            // 10
 * @example pointsFor({ kind: 'question_answered', correct: false })   // 0
 * @example pointsFor('teaser_opened', resolvePointValues({ teaser_opened: 3 })) // 3
 */
export function pointsFor(event: ActivityKind | PointEvent, values: PointValues = defaultPointValues): number {
  const { kind, correct } = typeof event === 'string' ? { kind: event, correct: true } : event;
  if (kind === 'question_answered' && correct === false) return 0;
  // A kind this build does not know yet (from a newer client, synced offline) earns nothing rather than NaN.
  return values[kind] ?? 0;
}

/**
 * @example totalPoints([{ kind: 'training_completed' }, { kind: 'question_answered' }]) // 12
 */
export function totalPoints(events: readonly PointEvent[], values: PointValues = defaultPointValues): number {
  return events.reduce((sum, event) => sum + pointsFor(event, values), 0);
}
