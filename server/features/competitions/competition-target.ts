import * as z from 'zod/mini';
import { isInTarget, type TargetGroups } from '../../../shared/domain/campaign-target';
import { languageSchema } from '../../../shared/schemas/common';
import { roleSchema, type Role } from '../../../shared/schemas/people';
import { parseList, stringListSchema } from '../learning/targeting';
import type { CompetitionRow } from './competitions.table';

const roleListSchema = z.array(roleSchema);
const languageListSchema = z.array(languageSchema);

/** A competition's target groups, read from its JSON columns (campaigns' shape; competitions have no locations). */
export function competitionTarget(row: CompetitionRow) {
  return {
    departmentIds: parseList(row.target_department_ids, stringListSchema),
    teamIds: parseList(row.target_team_ids, stringListSchema),
    roles: parseList(row.target_roles, roleListSchema),
    languages: parseList(row.target_languages, languageListSchema),
  };
}

/**
 * Whether the person may take part: never an admin (they run it), and in
 * every non-empty target group — the same rule campaigns use (isInTarget).
 */
export function isEligible(person: { role: Role; language: string; department_id: string | null; team_id: string | null }, row: CompetitionRow): boolean {
  const target: TargetGroups = { ...competitionTarget(row), locations: [] };
  return person.role !== 'admin' && isInTarget(target, person);
}
