import type { AudienceFacts } from '../../../shared/domain/audience';
import type { PersonRow } from './people.table';

/** The columns of `people` that audience rules read. */
export const AUDIENCE_COLUMNS = ['role', 'language', 'department_id', 'team_id'] as const;

/** A person's facts as audience rules see them (shared/domain/audience.ts). */
export function audienceFactsOf(person: Pick<PersonRow, (typeof AUDIENCE_COLUMNS)[number]>): AudienceFacts {
  return { role: person.role, language: person.language, departmentId: person.department_id, teamId: person.team_id };
}
