import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { AppError, notFound } from '../../http/app-error';
import { isInAudience, savedGroupsIn } from '../../../shared/domain/audience';
import { suggestChannels } from '../../../shared/domain/channel-suggestions';
import { isInGroup, type GroupFacts } from '../../../shared/domain/target-group';
import { CHANNEL_KINDS, type CampaignChannel, type ChannelInput, type ChannelKind, type ChannelMix } from '../../../shared/schemas/channels';
import { countsOfSources } from '../attribution/attribution.repository';
import { registerSource, removeSource } from '../attribution/attribution.service';
import { campaignTexts } from '../campaigns/campaigns.service';
import type { CampaignRow } from '../campaigns/campaigns.table';
import { figuresOf } from '../posters/posters.repository';
import { posterUrl } from '../posters/short-code';
import { storedAudience } from '../teasers/catalogue';
import { peopleWithFacts, type PersonWithFacts } from '../target-groups/group-facts.repository';
import { groupRule, rulesOfRow, shownCount } from '../target-groups/target-groups.service';
import { findGroup, listGroupRows } from '../target-groups/target-groups.repository';
import { deleteChannelRow, findChannel, insertChannel, listChannelsOf } from './channels.repository';
import type { CampaignChannelRow } from './channels.table';

/*
 * The channel mix: per campaign and target group, the channels L&D chose.
 * Each chosen channel is an attribution source of kind 'channel_link' with
 * its own short code; its link is the campaign's kick-off page (/k/<code>),
 * which credits a visit on arrival and carries the code into sign-in, so a
 * sign-up through the intranet link is credited to that link (first touch),
 * just as one through a poster. E-mail, push and in-app cards are chosen
 * here and get their code too: the journeys that send them put it in their
 * links.
 *
 * Suggestions come from the group as a whole (its share without a company
 * mailbox), never from a person; after launch each channel's measured reach
 * and sign-ups stand beside them.
 */

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);

const CARD_CTA = { nl: 'Doe mee', en: 'Join in' } as const;

/** The intranet card: a plain link with the campaign's words, inline styles, no script, no image, no tracking pixel. */
export function embedCardHtml(campaign: CampaignRow, url: string): string {
  const texts = campaignTexts(campaign);
  const text = texts.find((t) => t.language === 'nl') ?? texts[0];
  const headline = text?.headline ?? campaign.name;
  const forYou = (text?.forYou ?? '').slice(0, 160);
  const cta = CARD_CTA[text?.language ?? 'nl'];
  return (
    `<a href="${escapeHtml(url)}" style="display:block;max-width:22rem;padding:1rem;border:1px solid #c8c8c8;border-radius:.5rem;font-family:sans-serif;color:#111;background:#fff;text-decoration:none">` +
    `<strong style="display:block;font-size:1.125rem">${escapeHtml(headline)}</strong>` +
    (forYou ? `<span style="display:block;margin-top:.25rem">${escapeHtml(forYou)}</span>` : '') +
    `<span style="display:inline-block;margin-top:.5rem;color:#0b4fa8;font-weight:700">${cta} &#8594;</span></a>`
  );
}

const CHANNEL_LABEL: Record<ChannelKind, string> = {
  team_meeting: 'Team meeting',
  intranet_link: 'Intranet link',
  intranet_card: 'Intranet card',
  email: 'E-mail',
  push: 'Push',
  in_app: 'In-app card',
};

async function campaignOf(db: Kysely<Database>, id: string): Promise<CampaignRow> {
  const campaign = await db.selectFrom('campaigns').selectAll().where('id', '=', id).executeTakeFirst();
  if (!campaign) throw notFound('Campaign');
  return campaign;
}

function profileOf(people: readonly PersonWithFacts[]) {
  // The optional self-declared traits are not asked yet: without answers, no share of low digital comfort.
  return { size: people.length, withoutMailbox: people.filter((p) => p.person.email === null).length, digitalComfortAnswers: 0, lowDigitalComfort: 0 };
}

/** The channel mix of a campaign, with measured reach (visits) and sign-ups per channel. */
export async function channelMix(db: Kysely<Database>, publicUrl: string, campaignId: string, now: Date): Promise<ChannelMix> {
  const campaign = await campaignOf(db, campaignId);
  const [groups, channels, posters] = await Promise.all([
    listGroupRows(db),
    listChannelsOf(db, campaignId),
    db.selectFrom('posters').select('id').where('campaign_id', '=', campaignId).execute(),
  ]);
  const rules = groups.map((g) => groupRule(rulesOfRow(g)));
  const audience = storedAudience(campaign.target);
  // The campaign may itself be aimed at saved groups: decide those with the rules already at hand.
  const named = new Set(savedGroupsIn(audience));
  const aimedAt = groups.flatMap((g, i) => (named.has(g.id) && rules[i] ? [{ id: g.id, rule: rules[i] }] : []));
  const inCampaign = (facts: GroupFacts) => isInAudience(audience, { ...facts, savedGroupIds: aimedAt.filter((g) => isInGroup(g.rule, facts)).map((g) => g.id) });
  const people = (await peopleWithFacts(db, rules, now)).filter((p) => p.person.role !== 'admin' && inCampaign(p.facts));
  const [counts, posterFigures] = await Promise.all([countsOfSources(db, 'channel_link', channels.map((c) => c.id)), figuresOf(db, posters.map((p) => p.id))]);
  // In the order the workspace offers them, whatever order they were chosen in.
  channels.sort((a, b) => CHANNEL_KINDS.indexOf(a.channel) - CHANNEL_KINDS.indexOf(b.channel));
  const toChannel = (row: CampaignChannelRow): CampaignChannel => {
    const url = posterUrl(publicUrl, row.code);
    const c = counts.get(row.id);
    return {
      id: row.id,
      groupId: row.group_id,
      channel: row.channel,
      code: row.code,
      url,
      embedHtml: row.channel === 'intranet_card' ? embedCardHtml(campaign, url) : null,
      figures: { reach: c?.visits ?? 0, signUps: c?.signUps ?? 0 },
    };
  };
  const everyone = {
    groupId: null,
    name: campaign.name,
    count: people.length,
    suggestions: suggestChannels(profileOf(people)),
    channels: channels.filter((c) => c.group_id === null).map(toChannel),
  };
  const perGroup = groups.map((group, i) => {
    const rule = rules[i] ?? { kind: 'any' as const, rules: [] };
    const members = people.filter((p) => isInGroup(rule, p.facts));
    const shown = shownCount(rule, members.length);
    return {
      groupId: group.id,
      name: group.name,
      count: shown.count,
      // A group held back under 5 gets the suggestions for anyone: its make-up is not to be read from them.
      suggestions: suggestChannels(shown.count === null ? profileOf([]) : profileOf(members)),
      channels: channels.filter((c) => c.group_id === group.id).map(toChannel),
    };
  });
  let scans = 0;
  let signUps = 0;
  for (const f of posterFigures.values()) {
    scans += f.scans;
    signUps += f.signUps;
  }
  return { campaignId, audiences: [everyone, ...perGroup], posters: { reach: scans, signUps } };
}

export async function addChannel(db: Kysely<Database>, publicUrl: string, campaignId: string, input: ChannelInput, now: Date): Promise<ChannelMix> {
  const campaign = await campaignOf(db, campaignId);
  const group = input.groupId === null ? null : await findGroup(db, input.groupId);
  if (input.groupId !== null && !group) throw new AppError(422, 'unknown_group', 'No such target group');
  const existing = (await listChannelsOf(db, campaignId)).find((c) => c.group_id === input.groupId && c.channel === input.channel);
  if (existing) throw new AppError(409, 'channel_chosen', 'This channel is already chosen for this group');
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    const label = `${CHANNEL_LABEL[input.channel]} · ${group?.name ?? campaign.name}`;
    const { code } = await registerSource(trx, { kind: 'channel_link', refId: id, campaignId, label }, now);
    await insertChannel(trx, { id, campaign_id: campaignId, group_id: input.groupId, channel: input.channel, code, created_at: now.toISOString() });
  });
  return channelMix(db, publicUrl, campaignId, now);
}

/** The channel goes; its code stops crediting, and the people it brought count as unattributed. */
export async function removeChannel(db: Kysely<Database>, publicUrl: string, id: string, now: Date): Promise<ChannelMix> {
  const channel = await findChannel(db, id);
  if (!channel) throw notFound('Channel');
  await db.transaction().execute(async (trx) => {
    await removeSource(trx, 'channel_link', id);
    await deleteChannelRow(trx, id);
  });
  return channelMix(db, publicUrl, channel.campaign_id, now);
}

export { findChannel };
