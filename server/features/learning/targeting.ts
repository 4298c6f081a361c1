import * as z from 'zod/mini';
import { roleSchema, type Role } from '../../../shared/schemas/people';
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

/** Whether an item is meant for this person: no targeting means everyone. */
export function isTargetedAt(item: LearningItemRow, person: { role: Role; department_id: string | null }): boolean {
  const roles = parseList(item.target_roles, roleListSchema);
  const departments = parseList(item.target_department_ids, stringListSchema);
  const roleFits = roles.length === 0 || roles.includes(person.role);
  const departmentFits = departments.length === 0 || (person.department_id !== null && departments.includes(person.department_id));
  return roleFits && departmentFits;
}
