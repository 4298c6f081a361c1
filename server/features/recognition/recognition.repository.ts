import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { RecognitionRow, RecognitionsTable } from './recognition.table';

export async function insertRecognition(db: Kysely<Database>, row: RecognitionsTable): Promise<void> {
  await db.insertInto('recognitions').values(row).execute();
}

export async function listRecognitionsOf(db: Kysely<Database>, personId: string): Promise<RecognitionRow[]> {
  return db.selectFrom('recognitions').selectAll().where('person_id', '=', personId).orderBy('created_at', 'desc').execute();
}

export async function setShared(db: Kysely<Database>, id: string, personId: string, shared: boolean, at: string): Promise<RecognitionRow | undefined> {
  return db
    .updateTable('recognitions')
    .set({ share_with_team: shared ? 1 : 0, decided_at: at })
    .where('id', '=', id)
    .where('person_id', '=', personId)
    .returningAll()
    .executeTakeFirst();
}

/** Recognitions of a team's members that they agreed to share with the team. */
export async function listSharedInTeam(db: Kysely<Database>, teamId: string) {
  return db
    .selectFrom('recognitions')
    .innerJoin('people', 'people.id', 'recognitions.person_id')
    .select(['recognitions.id', 'recognitions.manager_name', 'recognitions.message', 'recognitions.created_at', 'people.name as person_name'])
    .where('people.team_id', '=', teamId)
    .where('recognitions.share_with_team', '=', 1)
    .orderBy('recognitions.created_at', 'desc')
    .execute();
}

export async function listAllRecognitions(db: Kysely<Database>, campaignId: string | undefined) {
  let query = db
    .selectFrom('recognitions')
    .innerJoin('people', 'people.id', 'recognitions.person_id')
    .select([
      'recognitions.id',
      'recognitions.manager_name',
      'recognitions.message',
      'recognitions.campaign_id',
      'recognitions.share_with_team',
      'recognitions.created_at',
      'recognitions.person_id',
      'people.name as person_name',
    ]);
  if (campaignId) query = query.where('recognitions.campaign_id', '=', campaignId);
  return query.orderBy('recognitions.created_at', 'desc').execute();
}

/** The people a manager may name: their team and their direct reports, not themselves. */
export async function listTeamOf(db: Kysely<Database>, manager: { id: string; team_id: string | null }) {
  return db
    .selectFrom('people')
    .select(['id', 'name'])
    .where((eb) => eb.or([eb('manager_id', '=', manager.id), ...(manager.team_id ? [eb('team_id', '=', manager.team_id)] : [])]))
    .where('id', '!=', manager.id)
    .orderBy('name')
    .execute();
}
