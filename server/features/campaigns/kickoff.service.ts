import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { AppError, notFound } from '../../http/app-error';
import type { Kickoff } from '../../../shared/schemas/kickoff';
import type { LearningKind } from '../../../shared/schemas/learning';
import type { PersonRow } from '../people/people.table';
import { creditVisit, findSourceOf } from '../attribution/attribution.service';
import { findChannelByCode } from '../channels/channels.repository';
import { findPosterByCode } from '../posters/posters.repository';
import { countScan } from '../posters/posters.service';
import { campaignTexts } from './campaigns.service';
import type { CampaignRow } from './campaigns.table';

/**
 * The public kick-off page behind a poster's or a channel link's code: the campaign's words, the
 * moment and place, and how many trainings of each kind wait. No names, no
 * personal data: it is the same for everyone who scans.
 */
export async function kickoffByCode(db: Kysely<Database>, code: string, now: Date, options: { countScan: boolean }): Promise<Kickoff> {
  const poster = await findPosterByCode(db, code);
  if (poster) {
    const campaign = await db.selectFrom('campaigns').selectAll().where('id', '=', poster.campaign_id).executeTakeFirstOrThrow();
    if (options.countScan) await countScan(db, poster, now);
    return toKickoff(db, campaign, poster.code, now);
  }
  // A channel's link (intranet, team-meeting handout, e-mail) opens the same page and is credited the same way.
  const channel = await findChannelByCode(db, code);
  if (!channel) throw notFound('Poster');
  const campaign = await db.selectFrom('campaigns').selectAll().where('id', '=', channel.campaign_id).executeTakeFirstOrThrow();
  if (options.countScan) {
    const source = await findSourceOf(db, 'channel_link', channel.id);
    if (source) await creditVisit(db, source.id, now);
  }
  return toKickoff(db, campaign, channel.code, now);
}

async function toKickoff(db: Kysely<Database>, campaign: CampaignRow, code: string, now: Date): Promise<Kickoff> {
  const offer = await db
    .selectFrom('campaign_items')
    .innerJoin('learning_items', 'learning_items.id', 'campaign_items.item_id')
    .select(['learning_items.kind', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('campaign_items.campaign_id', '=', campaign.id)
    // Only what will really be there: a training still in draft is not counted (publishing the campaign publishes it).
    .where('learning_items.published_at', 'is not', null)
    .groupBy('learning_items.kind')
    .execute();
  const tryItems = await db
    .selectFrom('campaign_items')
    .innerJoin('learning_items', 'learning_items.id', 'campaign_items.item_id')
    .select(['learning_items.id', 'learning_items.duration_minutes'])
    .where('campaign_items.campaign_id', '=', campaign.id)
    .where('campaign_items.open_to_try', '=', 1)
    .where('learning_items.kind', '=', 'micro')
    .where('learning_items.published_at', '<=', now.toISOString())
    .orderBy('learning_items.duration_minutes')
    .orderBy('learning_items.id')
    .execute();
  const order: LearningKind[] = ['micro', 'macro', 'classroom'];
  return {
    campaignId: campaign.id,
    code,
    texts: campaignTexts(campaign),
    kickoffAt: campaign.kickoff_at,
    kickoffPlace: campaign.kickoff_place,
    kickoffUrl: campaign.kickoff_url,
    revealed: campaign.kickoff_at === null || campaign.kickoff_at <= now.toISOString(),
    offer: order.flatMap((kind) => {
      const row = offer.find((o) => o.kind === kind);
      return row ? [{ kind, count: Number(row.n) }] : [];
    }),
    tryItems: tryItems.map((i) => ({ id: i.id, durationMinutes: i.duration_minutes })),
    serverTime: now.toISOString(),
  };
}

export async function rsvpOf(db: Kysely<Database>, campaignId: string, person: PersonRow): Promise<'yes' | 'no' | null> {
  const row = await db.selectFrom('campaign_rsvps').select('answer').where('campaign_id', '=', campaignId).where('person_id', '=', person.id).executeTakeFirst();
  return row?.answer ?? null;
}

/** Yes or no to the kick-off event; answering again changes the answer. */
export async function answerRsvp(db: Kysely<Database>, campaignId: string, person: PersonRow, answer: 'yes' | 'no', now: Date): Promise<'yes' | 'no'> {
  const campaign = await db.selectFrom('campaigns').select(['id', 'kickoff_at']).where('id', '=', campaignId).executeTakeFirst();
  if (!campaign) throw notFound('Campaign');
  if (!campaign.kickoff_at) throw new AppError(422, 'no_kickoff', 'This campaign has no kick-off event to answer');
  await db
    .insertInto('campaign_rsvps')
    .values({ campaign_id: campaignId, person_id: person.id, answer, answered_at: now.toISOString() })
    .onConflict((oc) => oc.columns(['campaign_id', 'person_id']).doUpdateSet({ answer, answered_at: now.toISOString() }))
    .execute();
  return answer;
}
