import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { PersonalDataExport } from '../../../shared/schemas/privacy';
import { listParticipationsOf, listReactionsOf, rowToParticipation } from './evaluations.repository';

/**
 * That the person took part in evaluations (shown, dismissed, reminded,
 * answered on which day) and their reactions to trainings. What they
 * answered is not theirs to export, nor to erase: it was stored without
 * them and cannot be found back, which is the point.
 */
export async function evaluationDataOf(db: Kysely<Database>, personId: string): Promise<Pick<PersonalDataExport, 'evaluationParticipations' | 'trainingReactions'>> {
  const [participations, reactions] = await Promise.all([listParticipationsOf(db, personId), listReactionsOf(db, personId)]);
  return {
    evaluationParticipations: participations.map(rowToParticipation),
    trainingReactions: reactions.map((r) => ({ itemId: r.item_id, useful: r.useful === 1, reactedAt: r.reacted_at })),
  };
}
