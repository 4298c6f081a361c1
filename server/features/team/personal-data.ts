import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { PersonalDataExport } from '../../../shared/schemas/privacy';

/** For managers: the recommendations they made to their team; they go with them (ON DELETE CASCADE). */
export async function teamDataOf(db: Kysely<Database>, personId: string): Promise<Pick<PersonalDataExport, 'teamRecommendations'>> {
  const rows = await db.selectFrom('team_recommendations').selectAll().where('manager_id', '=', personId).orderBy('created_at').execute();
  return { teamRecommendations: rows.map((r) => ({ itemId: r.item_id, pathId: r.path_id, note: r.note, createdAt: r.created_at })) };
}
