import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { AppError, notFound } from '../../http/app-error';
import type { CreateRecognition } from '../../../shared/schemas/recognition';
import type { PersonRow } from '../people/people.table';
import type { RecognitionRow } from './recognition.table';
import { insertRecognition, listTeamOf, setShared } from './recognition.repository';

export const rowToMyRecognition = (row: RecognitionRow) => ({
  id: row.id,
  managerName: row.manager_name,
  message: row.message,
  createdAt: row.created_at,
  shared: row.share_with_team === 1,
  decided: row.decided_at !== null,
});

/**
 * A manager names someone in their team as a role model. It stays between
 * the two of them (and the admins, for success stories) until the person
 * chooses to share it with the team.
 */
export async function recognise(db: Kysely<Database>, manager: PersonRow, input: CreateRecognition, now: Date) {
  const team = await listTeamOf(db, manager);
  if (!team.some((p) => p.id === input.personId)) throw new AppError(422, 'not_in_team', 'You can only name people in your own team');
  // Checked here rather than by a foreign key: migration 0006 was written while campaigns (0005) were built in parallel.
  if (input.campaignId && !(await db.selectFrom('campaigns').select('id').where('id', '=', input.campaignId).executeTakeFirst())) {
    throw new AppError(422, 'unknown_campaign', 'No such campaign');
  }
  const row: RecognitionRow = {
    id: randomUUID(),
    person_id: input.personId,
    manager_id: manager.id,
    manager_name: manager.name,
    message: input.message,
    campaign_id: input.campaignId ?? null,
    share_with_team: 0,
    decided_at: null,
    created_at: now.toISOString(),
  };
  await insertRecognition(db, row);
  return { id: row.id };
}

/** The person decides whether their team may see it; they can change their mind. */
export async function decideSharing(db: Kysely<Database>, person: PersonRow, id: string, shared: boolean, now: Date) {
  const row = await setShared(db, id, person.id, shared, now.toISOString());
  if (!row) throw notFound('Recognition');
  return rowToMyRecognition(row);
}
