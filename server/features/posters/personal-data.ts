import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { PersonalDataExport } from '../../../shared/schemas/privacy';

type CampaignData = Pick<PersonalDataExport, 'kickoffRsvps' | 'adminChanges'>;

/**
 * What campaigns and the audit log hold about one person, for the export
 * (GET /api/me/export). Erasure: the answers go with the person (ON DELETE
 * CASCADE), and audit entries lose their actor (SET NULL). Posters hold
 * nothing about anyone; who came through which one is attribution's.
 */
export async function campaignDataOf(db: Kysely<Database>, personId: string): Promise<CampaignData> {
  const [rsvps, changes] = await Promise.all([
    db.selectFrom('campaign_rsvps').selectAll().where('person_id', '=', personId).orderBy('answered_at').execute(),
    db.selectFrom('audit_log').select(['action', 'entity_type', 'entity_id', 'at']).where('actor_id', '=', personId).orderBy('at').orderBy('id').execute(),
  ]);
  return {
    kickoffRsvps: rsvps.map((r) => ({ campaignId: r.campaign_id, answer: r.answer, answeredAt: r.answered_at })),
    adminChanges: changes.map((c) => ({ action: c.action, entityType: c.entity_type, entityId: c.entity_id, at: c.at })),
  };
}
