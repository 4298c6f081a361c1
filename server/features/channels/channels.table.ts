import type { Selectable } from 'kysely';
import type { ChannelKind } from '../../../shared/schemas/channels';

export interface CampaignChannelsTable {
  id: string;
  campaign_id: string;
  /** The target group this channel reaches; null for the campaign's whole audience. */
  group_id: string | null;
  channel: ChannelKind;
  /** The short code its link carries (/k/<code>); the same as its attribution source's code. */
  code: string;
  created_at: string;
}

export type CampaignChannelRow = Selectable<CampaignChannelsTable>;
