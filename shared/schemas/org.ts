import * as z from 'zod/mini';
import { idSchema, lineOfText } from './common';
import { named } from './registry';

export const departmentSchema = named('Department', z.object({ id: idSchema, name: z.string() }));
export const teamSchema = named('Team', z.object({ id: idSchema, departmentId: idSchema, name: z.string() }));
export const orgStructureSchema = named('OrgStructure', z.object({ departments: z.array(departmentSchema), teams: z.array(teamSchema) }));
export type OrgStructure = z.infer<typeof orgStructureSchema>;

const orgNameSchema = lineOfText(1, 120, 'A name is one line of text');
export const nameDepartmentSchema = named('NameDepartment', z.strictObject({ name: orgNameSchema }));
export const createTeamSchema = named('CreateTeam', z.strictObject({ departmentId: idSchema, name: orgNameSchema }));
export const nameTeamSchema = named('NameTeam', z.strictObject({ name: orgNameSchema }));
export type Department = z.infer<typeof departmentSchema>;
export type Team = z.infer<typeof teamSchema>;

/**
 * What a manager sees of a team: aggregates only. Counts of fewer than
 * MIN_GROUP_SIZE people are withheld (null) so that nobody can be singled out.
 */
export const teamSummarySchema = named(
  'TeamSummary',
  z.object({ teamId: idSchema, name: z.string(), members: z.int(), joined: z.nullable(z.int()) }),
);
export type TeamSummary = z.infer<typeof teamSummarySchema>;
