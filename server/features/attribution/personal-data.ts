import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { PersonalDataExport } from '../../../shared/schemas/privacy';

type AttributionData = Pick<PersonalDataExport, 'firstTouch' | 'acquisitionEvents'>;

/**
 * What attribution holds about one person, for the export (GET /api/me/export):
 * the source that brought them in and their first install and push opt-in.
 * Visits hold nothing about anyone. Erasure: both rows go with the person
 * (ON DELETE CASCADE).
 */
export async function attributionDataOf(db: Kysely<Database>, personId: string): Promise<AttributionData> {
  const [touch, events] = await Promise.all([
    db
      .selectFrom('first_touches')
      .innerJoin('attribution_sources', 'attribution_sources.id', 'first_touches.source_id')
      .select(['attribution_sources.kind', 'attribution_sources.ref_id', 'attribution_sources.label', 'first_touches.touched_at'])
      .where('first_touches.person_id', '=', personId)
      .executeTakeFirst(),
    db.selectFrom('acquisition_events').selectAll().where('person_id', '=', personId).orderBy('occurred_at').execute(),
  ]);
  return {
    firstTouch: touch ? { kind: touch.kind, id: touch.ref_id, label: touch.label, touchedAt: touch.touched_at } : null,
    acquisitionEvents: events.map((e) => ({ kind: e.kind, occurredAt: e.occurred_at })),
  };
}
