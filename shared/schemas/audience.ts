import * as z from 'zod/mini';
import { idSchema, languageSchema } from './common';
import { roleSchema } from './people';
import { named } from './registry';

/**
 * Target groups as the workspace picks them (campaigns, teasers outside a
 * campaign, paths, journeys): each filled list narrows, an empty one means
 * everyone on that count; saved groups are named by id. shared/domain/audience.ts turns them into the
 * rule that decides.
 */
export const targetGroupsShape = {
  departmentIds: z._default(z.array(idSchema), []),
  teamIds: z._default(z.array(idSchema), []),
  roles: z._default(z.array(roleSchema), []),
  languages: z._default(z.array(languageSchema), []),
  /** Saved target groups (doelgroepen): in at least one of them. */
  groupIds: z._default(z.array(idSchema).check(z.maxLength(20)), []),
};
export const targetGroupsSchema = named('TargetGroups', z.strictObject(targetGroupsShape));
export type TargetGroups = z.infer<typeof targetGroupsSchema>;
