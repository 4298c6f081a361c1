import { z } from 'zod';
import { idSchema } from './common';

export const departmentSchema = z.object({ id: idSchema, name: z.string() }).meta({ id: 'Department' });
export const teamSchema = z
  .object({ id: idSchema, departmentId: idSchema, name: z.string() })
  .meta({ id: 'Team' });
export const orgStructureSchema = z
  .object({ departments: z.array(departmentSchema), teams: z.array(teamSchema) })
  .meta({ id: 'OrgStructure' });
export type OrgStructure = z.infer<typeof orgStructureSchema>;

/**
 * What a manager sees of a team: aggregates only. Counts of fewer than
 * MIN_GROUP_SIZE people are withheld (null) so that nobody can be singled out.
 */
export const teamSummarySchema = z
  .object({
    teamId: idSchema,
    name: z.string(),
    members: z.number().int(),
    joined: z.number().int().nullable(),
  })
  .meta({ id: 'TeamSummary' });
export type TeamSummary = z.infer<typeof teamSummarySchema>;
