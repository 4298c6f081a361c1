import { z } from 'zod';
import { eventResultSchema } from './events';

export const streakSchema = z
  .object({
    current: z.number().int(),
    longest: z.number().int(),
    freezesHeld: z.number().int(),
    currentWeekDone: z.boolean(),
    currentWeek: z.string(),
  })
  .meta({ id: 'Streak' });
export type StreakView = z.infer<typeof streakSchema>;

/** A person's standing, as the server computes it (authoritative). */
export const progressSchema = z
  .object({
    points: z.number().int(),
    streak: streakSchema,
    completedItemIds: z.array(z.string()),
    /** Activities this learning week, for "this week's progress". */
    activitiesThisWeek: z.number().int(),
    /**
     * One learning moment per counted week (when, and in which zone), so the
     * app can recompute the streak offline with what it has not sent yet.
     */
    moments: z.array(z.object({ at: z.string(), timeZone: z.string() })),
  })
  .meta({ id: 'Progress' });
export type Progress = z.infer<typeof progressSchema>;

export const syncResultSchema = z
  .object({ results: z.array(eventResultSchema), progress: progressSchema })
  .meta({ id: 'SyncResult' });
export type SyncResult = z.infer<typeof syncResultSchema>;
