import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { Clock, Logger } from '../../http/app-env';
import { campaignTargetSchema, type CampaignTarget } from '../../../shared/schemas/campaigns';

/*
 * The reveal. A campaign's teasers are scheduled (teasers.published_at) at
 * its kick-off moment, so the feed, which reads an in-memory catalogue (see
 * teasers/catalogue.ts), shows them exactly from then on without any extra
 * join per request. Whenever a campaign's kick-off or its teasers change,
 * scheduleCampaignTeasers moves them; authoring clamps a campaign teaser's
 * publish date with heldUntilKickoff.
 *
 * The push at the reveal: runDueReveals marks each campaign whose kick-off
 * passed as revealed (once, whichever instance gets there first) and calls
 * the listeners registered with onCampaignRevealed. Push sending (issue 4,
 * server/features/push/) registers a listener there; this module knows
 * nothing about push.
 */

export interface CampaignRevealed {
  campaignId: string;
  name: string;
  kickoffAt: string;
  target: CampaignTarget;
  teaserIds: string[];
}

type RevealListener = (event: CampaignRevealed) => Promise<void> | void;
const listeners = new Set<RevealListener>();

/**
 * Subscribes to reveals; returns the unsubscribe function.
 *
 * @example onCampaignRevealed((e) => sendPushToOptedIn(db, e.target, e.teaserIds));
 */
export function onCampaignRevealed(listener: RevealListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Puts every teaser of the campaign at the kick-off moment (drafts too: linking a teaser means "reveal it at the kick-off"). */
export async function scheduleCampaignTeasers(db: Kysely<Database>, campaignId: string, kickoffAt: string | null): Promise<void> {
  if (kickoffAt === null) return;
  const teaserIds = db.selectFrom('campaign_teasers').select('teaser_id').where('campaign_id', '=', campaignId);
  await db.updateTable('teasers').set({ published_at: kickoffAt }).where('id', 'in', teaserIds).execute();
}

/** The kick-off of the campaign a teaser belongs to, if any. */
export async function kickoffOfTeaser(db: Kysely<Database>, teaserId: string): Promise<string | null> {
  const row = await db
    .selectFrom('campaign_teasers')
    .innerJoin('campaigns', 'campaigns.id', 'campaign_teasers.campaign_id')
    .select('campaigns.kickoff_at')
    .where('campaign_teasers.teaser_id', '=', teaserId)
    .executeTakeFirst();
  return row?.kickoff_at ?? null;
}


/** Marks due campaigns revealed and tells the listeners; returns what was revealed. */
export async function runDueReveals(db: Kysely<Database>, now: Date, log?: Logger): Promise<CampaignRevealed[]> {
  const nowIso = now.toISOString();
  const due = await db
    .selectFrom('campaigns')
    .select(['id', 'name', 'kickoff_at', 'target'])
    .where('kickoff_at', 'is not', null)
    .where('kickoff_at', '<=', nowIso)
    .where('revealed_at', 'is', null)
    .execute();
  const revealed: CampaignRevealed[] = [];
  for (const campaign of due) {
    // Only the instance whose update changes the row announces the reveal.
    const result = await db.updateTable('campaigns').set({ revealed_at: nowIso }).where('id', '=', campaign.id).where('revealed_at', 'is', null).executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) continue;
    const teasers = await db.selectFrom('campaign_teasers').select('teaser_id').where('campaign_id', '=', campaign.id).execute();
    const parsed = campaignTargetSchema.safeParse(JSON.parse(campaign.target));
    const event: CampaignRevealed = {
      campaignId: campaign.id,
      name: campaign.name,
      kickoffAt: campaign.kickoff_at ?? nowIso,
      target: parsed.success ? parsed.data : { departmentIds: [], teamIds: [], roles: [], locations: [], languages: [], groupIds: [] },
      teaserIds: teasers.map((t) => t.teaser_id),
    };
    revealed.push(event);
    for (const listener of listeners) {
      try {
        await listener(event);
      } catch (error) {
        log?.error('reveal listener failed', { campaignId: campaign.id, error: error instanceof Error ? error.stack : String(error) });
      }
    }
  }
  return revealed;
}

/** Checks for due reveals every `intervalMs` (default 30 s); returns a stop function. */
export function startRevealWatcher(db: Kysely<Database>, clock: Clock, log: Logger, intervalMs = 30_000): () => void {
  const timer = setInterval(() => {
    runDueReveals(db, clock(), log).catch((error: unknown) => log.error('reveal check failed', { error: String(error) }));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
