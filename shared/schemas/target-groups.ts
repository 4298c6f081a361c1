import * as z from 'zod/mini';
import { idSchema, languageSchema, lineOfText } from './common';
import { MOTIVATIONS } from './intake';
import { roleSchema } from './people';
import { NEEDS } from './strategy';
import { GROUP_CONDITION_KINDS } from '../domain/target-group';
import { named } from './registry';

/*
 * Saved target groups (doelgroepen): a name and a rule, "all" or "any" of a
 * list of conditions, each maybe turned around. shared/domain/target-group.ts
 * decides who is in one; this is the contract the workspace edits.
 */

const ids = z.array(idSchema).check(z.minLength(1), z.maxLength(100));
/** Weeks in a rule: a whole number from 1 to 520 (ten years). */
const weeks = z.int().check(z.minimum(1), z.maximum(520));
const not = z.optional(z.boolean());

export const groupConditionSchema = named(
  'GroupCondition',
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('department'), ids, not }),
    z.strictObject({ kind: z.literal('team'), ids, not }),
    z.strictObject({ kind: z.literal('role'), roles: z.array(roleSchema).check(z.minLength(1)), not }),
    z.strictObject({ kind: z.literal('language'), languages: z.array(languageSchema).check(z.minLength(1)), not }),
    z.strictObject({ kind: z.literal('joined'), value: z.boolean(), not }),
    z.strictObject({ kind: z.literal('installed'), value: z.boolean(), not }),
    z.strictObject({ kind: z.literal('reminders'), value: z.boolean(), not }),
    z.strictObject({ kind: z.literal('intake_need'), needs: z.array(z.enum(NEEDS)).check(z.minLength(1)), not }),
    z.strictObject({ kind: z.literal('intake_motivation'), motivations: z.array(z.enum(MOTIVATIONS)).check(z.minLength(1)), not }),
    z.strictObject({ kind: z.literal('active_within'), weeks, not }),
    z.strictObject({ kind: z.literal('inactive_for'), weeks, not }),
    z.strictObject({ kind: z.literal('streak_at_least'), weeks, not }),
    z.strictObject({ kind: z.literal('completed_item'), ids, not }),
    z.strictObject({ kind: z.literal('completed_path'), ids, not }),
    z.strictObject({ kind: z.literal('registered_session'), itemIds: z.array(idSchema).check(z.maxLength(100)), not }),
  ]),
);
export type GroupConditionInput = z.infer<typeof groupConditionSchema>;
// Every kind the workspace offers is one the contract takes.
GROUP_CONDITION_KINDS satisfies readonly GroupConditionInput['kind'][];
export { GROUP_CONDITION_KINDS };

export const groupRulesShape = {
  match: z._default(z.enum(['all', 'any']), 'all'),
  conditions: z.array(groupConditionSchema).check(z.maxLength(20)),
};
export const groupRulesSchema = named('GroupRules', z.strictObject(groupRulesShape));
export type GroupRules = z.infer<typeof groupRulesSchema>;

export const targetGroupInputSchema = named('TargetGroupInput', z.strictObject({ name: lineOfText(1, 80), ...groupRulesShape }));
export type TargetGroupInput = z.infer<typeof targetGroupInputSchema>;

/** A live count: exact when the rule reads only the profile, else held back under 5 (null). */
export const groupCountSchema = named(
  'GroupCount',
  z.object({
    count: z.nullable(z.int()),
    /** Whether admins may see who is in it by name (the rule reads only the profile). */
    membersVisible: z.boolean(),
  }),
);
export type GroupCount = z.infer<typeof groupCountSchema>;

export const targetGroupSchema = named(
  'TargetGroup',
  z.object({
    id: idSchema,
    name: z.string(),
    match: z.enum(['all', 'any']),
    conditions: z.array(groupConditionSchema),
    count: z.nullable(z.int()),
    membersVisible: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
);
export type TargetGroup = z.infer<typeof targetGroupSchema>;
export const targetGroupListSchema = named('TargetGroupList', z.object({ groups: z.array(targetGroupSchema) }));

export const groupMembersSchema = named(
  'GroupMembers',
  z.object({
    /** False when the rule reads activity or intake answers: then only the count is shown. */
    visible: z.boolean(),
    members: z.array(z.object({ id: idSchema, name: z.string(), departmentId: z.nullable(idSchema), teamId: z.nullable(idSchema), joined: z.boolean() })),
  }),
);
export type GroupMembers = z.infer<typeof groupMembersSchema>;
