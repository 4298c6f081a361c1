import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { PersonalDataExport } from '../../../shared/schemas/privacy';
import { findIntake } from './intake.repository';
import { parseAnswer } from './intake.service';

/** The person's intake, for the export; it goes with them on erasure (ON DELETE CASCADE). */
export async function intakeDataOf(db: Kysely<Database>, personId: string): Promise<Pick<PersonalDataExport, 'intake'>> {
  const row = await findIntake(db, personId);
  return { intake: row ? { answer: parseAnswer(row.answer), answeredAt: row.answered_at, skippedAt: row.skipped_at } : null };
}
