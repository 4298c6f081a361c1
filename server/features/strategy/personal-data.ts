import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { PersonalDataExport } from '../../../shared/schemas/privacy';
import { parseList, stringListSchema } from '../learning/targeting';
import { listGoalsOf } from './strategy.repository';

/** The goals a person set for themselves, for the export; they go with them on erasure (ON DELETE CASCADE). */
export async function goalDataOf(db: Kysely<Database>, personId: string): Promise<Pick<PersonalDataExport, 'personalGoals'>> {
  const goals = await listGoalsOf(db, personId);
  return { personalGoals: goals.map((g) => ({ title: g.title_nl, competencies: parseList(g.competencies, stringListSchema), reached: g.reached_at !== null, agreedWithManager: g.agreed_with_manager === 1, createdAt: g.created_at })) };
}
