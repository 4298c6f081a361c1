import type { AudienceFacts } from '../../../shared/domain/audience';
import type { PersonRow } from './people.table';

/** The columns of `people` that audience rules read. */
export const AUDIENCE_COLUMNS = ['role', 'language', 'department_id', 'team_id'] as const;

/**
 * A person's facts as audience rules see them (shared/domain/audience.ts). `savedGroupIds` are the saved target
 * groups they are in, of those the rules at hand name (target-groups/memberships.ts decides them); content whose
 * rules name none passes NO_SAVED_GROUPS.
 */
export function audienceFactsOf(person: Pick<PersonRow, (typeof AUDIENCE_COLUMNS)[number]>, savedGroupIds: readonly string[]): AudienceFacts {
  return { role: person.role, language: person.language, departmentId: person.department_id, teamId: person.team_id, savedGroupIds };
}

/** For rules that cannot name a saved group (a training's own roles and departments). */
export const NO_SAVED_GROUPS: readonly string[] = [];
