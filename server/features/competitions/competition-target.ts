import * as z from 'zod/mini';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { audienceOfLists, isInAudience, type AudienceFacts, type AudienceRule } from '../../../shared/domain/audience';
import { languageSchema } from '../../../shared/schemas/common';
import { roleSchema } from '../../../shared/schemas/people';
import { parseList, stringListSchema } from '../learning/targeting';
import { audienceFactsFor } from '../target-groups/memberships';
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
    groupIds: parseList(row.target_group_ids, stringListSchema),
  };
}

/** Who may take part: never an admin (they run it), and in its target groups. */
export function competitionAudience(row: CompetitionRow): AudienceRule {
  return { kind: 'all', rules: [{ kind: 'not', rule: { kind: 'role', roles: ['admin'] } }, audienceOfLists(competitionTarget(row))] };
}

/** Whether the person with these facts takes part (facts from eligibilityFacts, which decides the saved groups the competitions name). */
export function isEligible(facts: AudienceFacts, row: CompetitionRow): boolean {
  return isInAudience(competitionAudience(row), facts);
}

/** A person's facts for deciding these competitions: the saved groups they name decided once. */
export function eligibilityFacts(db: Kysely<Database>, person: Pick<PersonRow, 'id' | 'role' | 'language' | 'department_id' | 'team_id'>, rows: readonly CompetitionRow[], now: Date): Promise<AudienceFacts> {
  return audienceFactsFor(db, person, rows.map(competitionAudience), now);
}
