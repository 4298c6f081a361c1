import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { CampaignChannelRow } from './channels.table';

export async function listChannelsOf(db: Kysely<Database>, campaignId: string): Promise<CampaignChannelRow[]> {
  return db.selectFrom('campaign_channels').selectAll().where('campaign_id', '=', campaignId).orderBy('created_at').orderBy('id').execute();
}

export async function findChannel(db: Kysely<Database>, id: string): Promise<CampaignChannelRow | undefined> {
  return db.selectFrom('campaign_channels').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findChannelByCode(db: Kysely<Database>, code: string): Promise<CampaignChannelRow | undefined> {
  return db.selectFrom('campaign_channels').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function insertChannel(db: Kysely<Database>, row: CampaignChannelRow): Promise<void> {
  await db.insertInto('campaign_channels').values(row).execute();
}

export async function deleteChannelRow(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('campaign_channels').where('id', '=', id).execute();
}
