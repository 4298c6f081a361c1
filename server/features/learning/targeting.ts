import * as z from 'zod/mini';
import { audienceOfLists, type AudienceRule } from '../../../shared/domain/audience';
import { roleSchema } from '../../../shared/schemas/people';
import type { LearningItemRow } from './learning.table';

export const stringListSchema = z.array(z.string());
const roleListSchema = z.array(roleSchema);

/** Reads a JSON list column; a damaged value reads as empty rather than breaking the feed. */
export function parseList<T>(json: string, schema: z.ZodMiniType<T[]>): T[] {
  try {
    const parsed = schema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** Who a training itself is meant for (its roles and departments; none picked: everyone), as an audience rule. */
export function itemAudience(item: Pick<LearningItemRow, 'target_roles' | 'target_department_ids'>): AudienceRule {
  return audienceOfLists({ roles: parseList(item.target_roles, roleListSchema), departmentIds: parseList(item.target_department_ids, stringListSchema) });
}
