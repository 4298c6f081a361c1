import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { PersonalDataExport } from '../../../shared/schemas/privacy';

/** For managers, the recommendations they made to their team; for everyone, whether they unsubscribed from team e-mails. Both go with them (ON DELETE CASCADE). */
export async function teamDataOf(db: Kysely<Database>, personId: string): Promise<Pick<PersonalDataExport, 'teamRecommendations' | 'teamEmail'>> {
  const rows = await db.selectFrom('team_recommendations').selectAll().where('manager_id', '=', personId).orderBy('created_at').execute();
  // The unsubscribe token is left out: it is a secret, like a sign-in token.
  const mail = await db.selectFrom('mail_preferences').select('unsubscribed_at').where('person_id', '=', personId).where('topic', '=', 'team-email').executeTakeFirst();
  return {
    teamRecommendations: rows.map((r) => ({ itemId: r.item_id, pathId: r.path_id, note: r.note, createdAt: r.created_at })),
    teamEmail: mail ? { unsubscribedAt: mail.unsubscribed_at } : null,
  };
}
