import * as z from 'zod/mini';
import { named } from './registry';

/** A month as YYYY-MM. */
export const monthSchema = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'A month as YYYY-MM' }));

const groupStandingSchema = named(
  'GroupStanding',
  z.object({
    groupId: z.string(),
    name: z.string(),
    members: z.int(),
    activeMembers: z.nullable(z.int()),
    pointsPerActiveMember: z.nullable(z.int()),
    position: z.nullable(z.int()),
  }),
);

export const leaderboardSchema = named(
  'Leaderboard',
  z.object({
    month: z.string(),
    start: z.string(),
    end: z.string(),
    teams: z.array(groupStandingSchema),
    departments: z.array(groupStandingSchema),
    /** Only people who opted in; places count among them alone. */
    people: z.array(z.object({ position: z.int(), name: z.string(), points: z.int(), isMe: z.boolean() })),
    me: z.object({ optedIn: z.boolean(), points: z.int() }),
  }),
);
export type Leaderboard = z.infer<typeof leaderboardSchema>;

export const leaderboardQuerySchema = z.object({ month: z.optional(monthSchema) });

export const leaderboardOptInSchema = named('LeaderboardOptIn', z.strictObject({ optedIn: z.boolean() }));
export type LeaderboardOptIn = z.infer<typeof leaderboardOptInSchema>;
