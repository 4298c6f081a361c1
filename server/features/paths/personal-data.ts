import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { PersonalDataExport } from '../../../shared/schemas/privacy';

/** The paths a person finished, for the export; they go with them on erasure (ON DELETE CASCADE). */
export async function pathDataOf(db: Kysely<Database>, personId: string): Promise<Pick<PersonalDataExport, 'pathCompletions'>> {
  const rows = await db.selectFrom('path_completions').select(['path_id', 'completed_at']).where('person_id', '=', personId).orderBy('completed_at').execute();
  return { pathCompletions: rows.map((r) => ({ pathId: r.path_id, completedAt: r.completed_at })) };
}
