import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { PlanFact } from '../../../shared/domain/campaign-plan';
import type { CampaignRow } from '../campaigns/campaigns.table';

/**
 * Planner points whose facts another feature holds. A point with no
 * provider here shows as "not available" (never as done). Issue 12 plugs in
 * at merge by adding its provider:
 *
 * - `channels` (saved target groups + channel links, issue 12a): what each
 *   targeted group still lacks as a channel, e.g. `['Zorg']`, or `[]`.
 * - `journey` (drip journeys, issue 12b): `[]` when a journey is attached, else `['none']`.
 *
 *   import { channelsOfCampaign } from '../channels/plan-point';
 *   export const planProviders: PlanProviders = { channels: channelsOfCampaign };
 */
export type PlanProvider = (db: Kysely<Database>, campaign: CampaignRow, now: Date) => Promise<PlanFact>;
export type PlanProviders = Partial<Record<'channels' | 'journey', PlanProvider>>;

export const planProviders: PlanProviders = {};
