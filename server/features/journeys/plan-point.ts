import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { PlanFact } from '../../../shared/domain/campaign-plan';
import type { CampaignRow } from '../campaigns/campaigns.table';
import { storedDefinition } from './journeys.service';

/** The planner's "a journey attached" point: an active journey that starts at this campaign's kick-off. */
export async function journeyOfCampaign(db: Kysely<Database>, campaign: CampaignRow): Promise<PlanFact> {
  const active = await db.selectFrom('journeys').select('definition').where('status', '=', 'active').execute();
  const attached = active.some((row) => {
    const { trigger } = storedDefinition(row);
    return trigger.kind === 'campaign_kickoff' && trigger.campaignId === campaign.id;
  });
  return attached ? [] : ['none'];
}
