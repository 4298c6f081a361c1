import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { PersonalDataExport } from '../../../shared/schemas/privacy';

type CampaignData = Pick<PersonalDataExport, 'posterAttribution' | 'acquisitionEvents' | 'kickoffRsvps' | 'adminChanges'>;

/**
 * What campaigns, posters and the audit log hold about one person, for the
 * export (GET /api/me/export). Erasure: every one of these rows goes with the
 * person (ON DELETE CASCADE), and audit entries lose their actor (SET NULL).
 */
export async function campaignDataOf(db: Kysely<Database>, personId: string): Promise<CampaignData> {
  const [attribution, events, rsvps, changes] = await Promise.all([
    db
      .selectFrom('poster_attributions')
      .innerJoin('posters', 'posters.id', 'poster_attributions.poster_id')
      .select(['poster_id', 'posters.placement', 'attributed_at'])
      .where('person_id', '=', personId)
      .executeTakeFirst(),
    db.selectFrom('acquisition_events').selectAll().where('person_id', '=', personId).orderBy('occurred_at').execute(),
    db.selectFrom('campaign_rsvps').selectAll().where('person_id', '=', personId).orderBy('answered_at').execute(),
    db.selectFrom('audit_log').select(['action', 'entity_type', 'entity_id', 'at']).where('actor_id', '=', personId).orderBy('at').orderBy('id').execute(),
  ]);
  return {
    posterAttribution: attribution ? { posterId: attribution.poster_id, placement: attribution.placement, attributedAt: attribution.attributed_at } : null,
    acquisitionEvents: events.map((e) => ({ kind: e.kind, occurredAt: e.occurred_at })),
    kickoffRsvps: rsvps.map((r) => ({ campaignId: r.campaign_id, answer: r.answer, answeredAt: r.answered_at })),
    adminChanges: changes.map((c) => ({ action: c.action, entityType: c.entity_type, entityId: c.entity_id, at: c.at })),
  };
}
