import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { PersonalDataExport } from '../../../shared/schemas/privacy';

/**
 * What the funnel's rollups hold about one person, for the export: the weeks
 * they learned in and their first finished training. Erasure: both go with
 * the person (ON DELETE CASCADE); the plain counts they were folded into stay.
 */
export async function funnelDataOf(db: Kysely<Database>, personId: string): Promise<Pick<PersonalDataExport, 'learningWeeks' | 'firstTrainingAt'>> {
  const [weeks, first] = await Promise.all([
    db.selectFrom('learning_weeks').select('week').where('person_id', '=', personId).orderBy('week').execute(),
    db.selectFrom('funnel_firsts').select('first_training_at').where('person_id', '=', personId).executeTakeFirst(),
  ]);
  return { learningWeeks: weeks.map((w) => w.week), firstTrainingAt: first?.first_training_at ?? null };
}
