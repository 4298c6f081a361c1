import * as z from 'zod/mini';
import { named } from './registry';

export const streakSchema = named(
  'Streak',
  z.object({ current: z.int(), longest: z.int(), freezesHeld: z.int(), currentWeekDone: z.boolean(), currentWeek: z.string() }),
);
export type StreakView = z.infer<typeof streakSchema>;

/** A person's standing, as the server computes it (authoritative). */
export const progressSchema = named(
  'Progress',
  z.object({
    points: z.int(),
    streak: streakSchema,
    completedItemIds: z.array(z.string()),
    /** Activities this learning week, for "this week's progress". */
    activitiesThisWeek: z.int(),
    /**
     * One learning moment per counted week (when, and in which zone), so the
     * app can recompute the streak offline with what it has not sent yet.
     */
    moments: z.array(z.object({ at: z.string(), timeZone: z.string() })),
  }),
);
export type Progress = z.infer<typeof progressSchema>;
