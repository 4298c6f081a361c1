import type { Generated, Selectable } from 'kysely';

export interface CampaignsTable {
  id: string;
  name: string;
  /** Local dates (YYYY-MM-DD) the campaign runs. */
  starts_on: string;
  ends_on: string;
  /** The kick-off moment (ISO UTC): the campaign's teasers are revealed then. */
  kickoff_at: string | null;
  kickoff_place: string | null;
  kickoff_url: string | null;
  /** JSON of CampaignTexts: headline, why, what's in it for me, what to expect, per language. */
  texts: string;
  /** JSON of CampaignTarget: departments, teams, roles, locations, languages; empty lists mean everyone. */
  target: string;
  /** Null while a draft (migration 0016): a draft campaign's teasers are not shown. */
  published_at: string | null;
  /** When the reveal hook ran (push to those who opted in); null until then. */
  revealed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface CampaignItemsTable {
  campaign_id: string;
  item_id: string;
  /** 1: anyone may try this micro-training from the kick-off page before joining. */
  open_to_try: Generated<number>;
}

export interface CampaignTeasersTable {
  teaser_id: string;
  campaign_id: string;
}

export interface CampaignRsvpsTable {
  campaign_id: string;
  person_id: string;
  answer: 'yes' | 'no';
  answered_at: string;
}

export type CampaignRow = Selectable<CampaignsTable>;
