import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { PersonalDataExport } from '../../../shared/schemas/privacy';

/**
 * What trying before joining holds about one person, for the export: the
 * passes they claimed (an unclaimed pass is nobody's). Erasure: the passes
 * go with the person (ON DELETE CASCADE); their events are the learning events.
 */
export async function triedDataOf(db: Kysely<Database>, personId: string): Promise<Pick<PersonalDataExport, 'triedTrainings'>> {
  const passes = await db.selectFrom('try_passes').selectAll().where('claimed_by', '=', personId).orderBy('issued_at').execute();
  return { triedTrainings: passes.map((p) => ({ itemId: p.item_id, via: p.source_code, triedAt: p.issued_at, claimedAt: p.claimed_at })) };
}
