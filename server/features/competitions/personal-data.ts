import type { Kysely } from 'kysely';
import type * as z from 'zod/mini';
import type { Database } from '../../db/database';
import type { rewardsExportShape } from '../../../shared/schemas/rewards';
import { findOptIn } from '../leaderboards/leaderboards.repository';
import { listRecognitionsOf } from '../recognition/recognition.repository';

type RewardsExport = { [K in keyof typeof rewardsExportShape]: z.infer<(typeof rewardsExportShape)[K]> };

/**
 * A person's rewards data for their export: the leaderboard opt-in, prizes
 * won and role-model recognitions. All three cascade away when they are erased.
 */
export async function rewardsDataOf(db: Kysely<Database>, personId: string): Promise<RewardsExport> {
  const [optIn, awards, recognitions] = await Promise.all([
    findOptIn(db, personId),
    db
      .selectFrom('awards')
      .innerJoin('competitions', 'competitions.id', 'awards.competition_id')
      .innerJoin('prizes', 'prizes.id', 'awards.prize_id')
      .select(['awards.competition_id', 'competitions.title', 'prizes.name', 'awards.position', 'awards.awarded_at', 'awards.claimed_at', 'awards.handed_over_at'])
      .where('awards.person_id', '=', personId)
      .orderBy('awards.awarded_at')
      .execute(),
    listRecognitionsOf(db, personId),
  ]);
  return {
    leaderboardOptIn: optIn ? { optedInAt: optIn.opted_in_at } : null,
    awards: awards.map((a) => ({
      competitionId: a.competition_id,
      competitionTitle: a.title,
      prizeName: a.name,
      position: a.position,
      awardedAt: a.awarded_at,
      claimedAt: a.claimed_at,
      handedOverAt: a.handed_over_at,
    })),
    roleModelRecognitions: recognitions.map((r) => ({
      managerName: r.manager_name,
      message: r.message,
      shared: r.share_with_team === 1,
      createdAt: r.created_at,
      campaignId: r.campaign_id,
    })),
  };
}
