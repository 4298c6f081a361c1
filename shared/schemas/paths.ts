import * as z from 'zod/mini';
import { idSchema, lineOfText } from './common';
import { targetGroupsSchema } from './audience';
import { named } from './registry';
import { listOf, localizedTextSchema, localizedTitleSchema } from './strategy';

/*
 * Learning paths: an ordered set of trainings, assigned by L&D to target
 * groups or by a manager to their team, with an optional due date.
 */

/** What a path is for; the recommendation rules put each first for its motivation. */
export const PATH_PURPOSES = ['role', 'onboarding', 'change'] as const;
export const pathPurposeSchema = named('PathPurpose', z.enum(PATH_PURPOSES));
export type PathPurpose = z.infer<typeof pathPurposeSchema>;

const dueDateSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Use a date like 2026-05-01' }));
const pathItemIdsSchema = listOf(idSchema, 1, 30).check(z.refine((ids) => new Set(ids).size === ids.length, { error: 'A training can be in a path once' }));

export const pathInputSchema = named(
  'PathInput',
  z.strictObject({
    title: localizedTitleSchema,
    purpose: pathPurposeSchema,
    /** Legally required: managers then see each team member's completion. */
    mandatory: z._default(z.boolean(), false),
    dueDate: z.optional(z.nullable(dueDateSchema)),
    itemIds: pathItemIdsSchema,
    target: z._default(targetGroupsSchema, { departmentIds: [], teamIds: [], roles: [], languages: [], groupIds: [] }),
  }),
);
export type PathInput = z.infer<typeof pathInputSchema>;

/** A manager's path for their own team; only L&D marks a path mandatory. */
export const teamPathInputSchema = named(
  'TeamPathInput',
  z.strictObject({
    title: lineOfText(1, 160),
    purpose: pathPurposeSchema,
    dueDate: z.optional(z.nullable(dueDateSchema)),
    itemIds: pathItemIdsSchema,
  }),
);
export type TeamPathInput = z.infer<typeof teamPathInputSchema>;

export const adminPathSchema = named(
  'AdminPath',
  z.object({
    id: idSchema,
    title: localizedTextSchema,
    purpose: pathPurposeSchema,
    mandatory: z.boolean(),
    dueDate: z.nullable(z.string()),
    itemIds: z.array(idSchema),
    target: targetGroupsSchema,
    teamId: z.nullable(idSchema),
    assigned: z.int(),
    completed: z.int(),
  }),
);
export type AdminPath = z.infer<typeof adminPathSchema>;
export const adminPathListSchema = named('AdminPathList', z.object({ paths: z.array(adminPathSchema) }));

export const myPathSchema = named(
  'MyPath',
  z.object({
    id: idSchema,
    title: z.string(),
    purpose: pathPurposeSchema,
    mandatory: z.boolean(),
    dueDate: z.nullable(z.string()),
    items: z.array(z.object({ id: idSchema, title: z.string(), done: z.boolean() })),
    completedAt: z.nullable(z.string()),
  }),
);
export type MyPath = z.infer<typeof myPathSchema>;

const statusSchema = z.object({ personId: idSchema, name: z.string(), done: z.int(), total: z.int(), completedAt: z.nullable(z.string()) });

export const teamPathsSchema = named(
  'TeamPaths',
  z.object({
    paths: z.array(
      z.object({
        id: idSchema,
        title: z.string(),
        mandatory: z.boolean(),
        dueDate: z.nullable(z.string()),
        assigned: z.int(),
        /** Mandatory paths only: each team member's status, a legitimate need of the manager. */
        people: z.nullable(z.array(statusSchema)),
        /** Other paths: how many finished, only when at least 5 people have the path. */
        completed: z.nullable(z.int()),
        /** A path the manager gave their team themselves. */
        ownTeamPath: z.boolean(),
      }),
    ),
    /** The published trainings a manager can put in a path for their team, in their language. */
    trainings: z.array(z.object({ id: idSchema, title: z.string() })),
  }),
);
export type TeamPaths = z.infer<typeof teamPathsSchema>;
