import type { Generated } from 'kysely';
import type { Language } from '../../../shared/schemas/common';

export interface TeasersTable {
  id: string;
  /** The learning item the call to action opens. */
  item_id: string | null;
  published_at: string | null;
  /** JSON of TargetGroups (migration 0015): who the teaser reaches outside a campaign; '{}' is everyone. Inside a campaign, the campaign's groups decide. */
  target: Generated<string>;
  created_at: string;
}

/** A teaser's words per language; a teaser may exist in one language only. */
export interface TeaserTextsTable {
  teaser_id: string;
  language: Language;
  hook: string;
  call_to_action: string;
}
