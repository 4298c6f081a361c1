import * as z from 'zod/mini';
import { audienceOfLists, isInAudience, type AudienceRule } from '../../../shared/domain/audience';
import { languageSchema } from '../../../shared/schemas/common';
import { roleSchema } from '../../../shared/schemas/people';
import { parseList, stringListSchema } from '../learning/targeting';
import { audienceFactsOf, NO_SAVED_GROUPS } from '../people/audience-facts';
import type { PersonRow } from '../people/people.table';
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

/** Who may take part: never an admin (they run it), and in its target groups. */
export function competitionAudience(row: CompetitionRow): AudienceRule {
  return { kind: 'all', rules: [{ kind: 'not', rule: { kind: 'role', roles: ['admin'] } }, audienceOfLists(competitionTarget(row))] };
}

export function isEligible(person: Pick<PersonRow, 'role' | 'language' | 'department_id' | 'team_id'>, row: CompetitionRow): boolean {
  // A competition's targets are profile lists: they name no saved group.
  return isInAudience(competitionAudience(row), audienceFactsOf(person, NO_SAVED_GROUPS));
}
