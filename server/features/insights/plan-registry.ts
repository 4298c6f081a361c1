import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { PlanFact } from '../../../shared/domain/campaign-plan';
import type { CampaignRow } from '../campaigns/campaigns.table';
import { channelsOfCampaign } from '../channels/plan-point';
import { journeyOfCampaign } from '../journeys/plan-point';

/**
 * Planner points whose facts another feature holds. A point with no
 * provider here shows as "not available" (never as done):
 *
 * - `channels`: `[]` once the campaign has a channel besides its posters, else `['none']`.
 * - `journey`: `[]` when an active journey starts at the campaign's kick-off, else `['none']`.
 */
export type PlanProvider = (db: Kysely<Database>, campaign: CampaignRow, now: Date) => Promise<PlanFact>;
export type PlanProviders = Partial<Record<'channels' | 'journey', PlanProvider>>;

export const planProviders: PlanProviders = { channels: channelsOfCampaign, journey: journeyOfCampaign };
