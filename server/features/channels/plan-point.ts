import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { PlanFact } from '../../../shared/domain/campaign-plan';
import type { CampaignRow } from '../campaigns/campaigns.table';

/** The planner's "channels chosen" point: at least one channel (team meeting, intranet, e-mail, push, in-app) for the campaign. */
export async function channelsOfCampaign(db: Kysely<Database>, campaign: CampaignRow): Promise<PlanFact> {
  const chosen = await db.selectFrom('campaign_channels').select('id').where('campaign_id', '=', campaign.id).limit(1).execute();
  return chosen.length > 0 ? [] : ['none'];
}
