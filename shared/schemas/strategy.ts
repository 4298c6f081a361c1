import * as z from 'zod/mini';
import { blockOfText, idSchema, languageSchema, lineOfText } from './common';
import { learningItemSummarySchema } from './learning-summary';
import { roleSchema } from './people';
import { named } from './registry';

/*
 * The learning strategy: why the organisation learns (drivers), what for
 * (goals at three levels), and what is in it for each target group (WIIFM).
 */

export const DRIVER_KINDS = ['digital_transformation', 'legal_obligations', 'competitive_pressure', 'outdated_offer', 'own'] as const;
export const driverKindSchema = named('DriverKind', z.enum(DRIVER_KINDS));
export type DriverKind = z.infer<typeof driverKindSchema>;

/** The five needs a person may learn for. */
export const NEEDS = ['effectiveness', 'employability', 'personal_development', 'career', 'solve_problem'] as const;
export const needSchema = named('Need', z.enum(NEEDS));
export type Need = z.infer<typeof needSchema>;

export const GOAL_LEVELS = ['organisation', 'department', 'individual'] as const;
export const goalLevelSchema = named('GoalLevel', z.enum(GOAL_LEVELS));
export type GoalLevel = z.infer<typeof goalLevelSchema>;

/**
 * The target groups a WIIFM message is written for, as campaigns target
 * them, most specific first. A location is where a campaign's posters hang
 * (people carry no location in Leerlust): its message is for whoever reads
 * the kick-off of a campaign that hangs there.
 */
export const WIIFM_GROUP_KINDS = ['team', 'department', 'location', 'role', 'language'] as const;
export const wiifmGroupKindSchema = named('WiifmGroupKind', z.enum(WIIFM_GROUP_KINDS));
export type WiifmGroupKind = z.infer<typeof wiifmGroupKindSchema>;

/** A WIIFM message fits in a glance, like a post: at most 280 characters. */
export const WIIFM_MAX_LENGTH = 280;

/**
 * A list of min..max entries. zod runs length checks even on a value that
 * is not an array (a string has a length too); this one speaks only of
 * arrays, so a value of another type gets one issue, not a second one.
 */
/* @__NO_SIDE_EFFECTS__ */
export function listOf<S extends z.ZodMiniType>(schema: S, min: number, max: number) {
  const fits = (list: unknown) => !Array.isArray(list) || (list.length >= min && list.length <= max);
  return z.array(schema).check(z.refine(fits, { error: `Give ${min} to ${max} entries` }));
}

const bothLanguages = <S extends z.ZodMiniType>(schema: S) => z.strictObject({ nl: schema, en: schema });
export const localizedTitleSchema = bothLanguages(lineOfText(1, 160));
export const localizedTextSchema = named('LocalizedText', z.object({ nl: z.string(), en: z.string() }));
export type LocalizedText = z.infer<typeof localizedTextSchema>;

const competencyListSchema = z._default(listOf(lineOfText(1, 60), 0, 20), []);

export const driverInputSchema = z.strictObject({
  kind: driverKindSchema,
  title: localizedTitleSchema,
  explanation: bothLanguages(blockOfText(0, 600)),
});
export const putDriversSchema = named('PutDrivers', z.strictObject({ drivers: listOf(driverInputSchema, 0, 12) }));
export type PutDrivers = z.infer<typeof putDriversSchema>;

export const driverSchema = named('Driver', z.object({ id: idSchema, kind: driverKindSchema, title: localizedTextSchema, explanation: localizedTextSchema }));
export type Driver = z.infer<typeof driverSchema>;
export const driverListSchema = named('DriverList', z.object({ drivers: z.array(driverSchema) }));

/** An organisation or department goal as L&D writes it. */
export const goalInputSchema = named(
  'GoalInput',
  z.strictObject({
    level: z.enum(['organisation', 'department']),
    departmentId: z.optional(z.nullable(idSchema)),
    parentId: z.optional(z.nullable(idSchema)),
    title: localizedTitleSchema,
    competencies: competencyListSchema,
    itemIds: z._default(listOf(idSchema, 0, 50), []),
  }),
);
export type GoalInput = z.infer<typeof goalInputSchema>;

const goalShape = {
  id: idSchema,
  level: goalLevelSchema,
  departmentId: z.nullable(idSchema),
  parentId: z.nullable(idSchema),
  title: localizedTextSchema,
  competencies: z.array(z.string()),
  itemIds: z.array(idSchema),
  reached: z.boolean(),
  agreedWithManager: z.boolean(),
};
export const goalSchema = named('Goal', z.object(goalShape));
export type Goal = z.infer<typeof goalSchema>;

/** A goal a person sets for themselves, in their own words. */
export const myGoalInputSchema = named(
  'MyGoalInput',
  z.strictObject({
    title: lineOfText(1, 160),
    parentId: z.optional(z.nullable(idSchema)),
    competencies: competencyListSchema,
    agreedWithManager: z._default(z.boolean(), false),
  }),
);
export type MyGoalInput = z.infer<typeof myGoalInputSchema>;

export const myGoalUpdateSchema = named(
  'MyGoalUpdate',
  z.strictObject({
    title: z.optional(lineOfText(1, 160)),
    parentId: z.optional(z.nullable(idSchema)),
    competencies: z.optional(listOf(lineOfText(1, 60), 0, 20)),
    reached: z.optional(z.boolean()),
    agreedWithManager: z.optional(z.boolean()),
  }),
);
export type MyGoalUpdate = z.infer<typeof myGoalUpdateSchema>;

export const putWiifmSchema = named(
  'PutWiifm',
  z.strictObject({
    groupKind: wiifmGroupKindSchema,
    /** A team's or department's id, a role, a language, or a location's name as campaigns write it. */
    groupId: lineOfText(1, 80),
    need: needSchema,
    nl: blockOfText(1, WIIFM_MAX_LENGTH),
    en: blockOfText(1, WIIFM_MAX_LENGTH),
  }),
);
export type PutWiifm = z.infer<typeof putWiifmSchema>;

export const wiifmCellSchema = named(
  'WiifmCell',
  z.object({
    groupKind: wiifmGroupKindSchema,
    groupId: z.string(),
    groupName: z.string(),
    /** How many people are in the group; null for a location, a place rather than a group of people. */
    people: z.nullable(z.int()),
    need: needSchema,
    /** Null: still empty. */
    message: z.nullable(localizedTextSchema),
  }),
);

export const putRoleCompetenciesSchema = named(
  'PutRoleCompetencies',
  z.strictObject({ job: competencyListSchema, market: competencyListSchema }),
);

const trainingRefSchema = z.object({ id: idSchema, title: z.string() });
export const roleExpectationSchema = named(
  'RoleExpectation',
  z.object({
    role: roleSchema,
    trainings: z.object({ micro: z.array(trainingRefSchema), macro: z.array(trainingRefSchema), classroom: z.array(trainingRefSchema) }),
    competencies: z.object({ job: z.array(z.string()), market: z.array(z.string()) }),
  }),
);

export const strategyCompletenessSchema = named(
  'StrategyCompleteness',
  z.object({
    drivers: z.int(),
    organisationGoals: z.int(),
    departmentGoals: z.int(),
    departmentsWithoutGoals: z.int(),
    wiifmFilled: z.int(),
    /** Cells of groups that have people in them (and of locations), still without a message. */
    wiifmEmpty: z.int(),
    rolesWithoutCompetencies: z.int(),
  }),
);
export type StrategyCompleteness = z.infer<typeof strategyCompletenessSchema>;

export const adminStrategySchema = named(
  'AdminStrategy',
  z.object({
    drivers: z.array(driverSchema),
    goals: z.array(goalSchema),
    departments: z.array(z.object({ id: idSchema, name: z.string() })),
    wiifm: z.array(wiifmCellSchema),
    roles: z.array(roleExpectationSchema),
    completeness: strategyCompletenessSchema,
  }),
);
export type AdminStrategy = z.infer<typeof adminStrategySchema>;

/** A goal as the employee's "why we learn" shows it, with the trainings that serve it that they may follow. */
export const goalWithItemsSchema = named('GoalWithItems', z.object({ ...goalShape, items: z.array(learningItemSummarySchema) }));

export const wiifmMessageSchema = named('WiifmMessage', z.object({ need: needSchema, text: z.string(), language: languageSchema }));
export type WiifmMessage = z.infer<typeof wiifmMessageSchema>;

export const whyWeLearnSchema = named(
  'WhyWeLearn',
  z.object({
    drivers: z.array(driverSchema),
    organisationGoals: z.array(goalWithItemsSchema),
    departmentGoals: z.array(goalWithItemsSchema),
    /** With the trainings that teach one of the goal's competencies. */
    myGoals: z.array(goalWithItemsSchema),
    wiifm: z.array(wiifmMessageSchema),
    expectations: roleExpectationSchema,
  }),
);
export type WhyWeLearn = z.infer<typeof whyWeLearnSchema>;
export type GoalWithItems = z.infer<typeof goalWithItemsSchema>;

export const wiifmQuerySchema = z.object({ campaignId: z.optional(idSchema) });
export const myWiifmSchema = named('MyWiifm', z.object({ messages: z.array(wiifmMessageSchema) }));
