import { MIN_GROUP_SIZE } from './group-privacy';

import type { SuggestedChannel, SuggestionReason } from './target-group';

export { CHANNEL_KINDS, SUGGESTED_CHANNELS, SUGGESTION_REASONS, type ChannelKind, type SuggestedChannel, type SuggestionReason } from './target-group';

/*
 * Which channels to suggest for a target group, from what the group is like
 * as a whole — never from one person, never to rank anyone:
 * - frontline staff without a company mailbox are reached where they work:
 *   posters, the team meeting (a slide and a handout with the invite QR);
 * - office staff read e-mail and the intranet;
 * - low comfort with digital tools asks for a person and paper: the team
 *   meeting and its printed step-by-step handout.
 * A share counts only over at least MIN_GROUP_SIZE people (the traits are
 * optional; a few answers say nothing about the group).
 */

export interface GroupProfile {
  /** People in the group. */
  size: number;
  /** Of them, without a company mailbox. */
  withoutMailbox: number;
  /** Of them, how many said how comfortable they are with digital tools, and how many said "low". */
  digitalComfortAnswers: number;
  lowDigitalComfort: number;
}

export interface ChannelSuggestion {
  channel: SuggestedChannel;
  reasons: SuggestionReason[];
}

/** A share that decides: half or more of the group. */
const MOST = 0.5;
/** Low digital comfort matters when a third of those who answered say so. */
const MANY_LOW = 1 / 3;

/**
 * The suggested channels, each with why, in the order to consider them.
 *
 * @example suggestChannels({ size: 40, withoutMailbox: 30, digitalComfortAnswers: 0, lowDigitalComfort: 0 })
 * // [{ channel: 'posters', reasons: ['frontline'] }, { channel: 'team_meeting', reasons: ['frontline'] }]
 */
export function suggestChannels(profile: GroupProfile): ChannelSuggestion[] {
  const out: ChannelSuggestion[] = [];
  const add = (reason: SuggestionReason, ...channels: SuggestedChannel[]) => {
    for (const channel of channels) {
      const found = out.find((s) => s.channel === channel);
      if (found) found.reasons.push(reason);
      else out.push({ channel, reasons: [reason] });
    }
  };
  if (profile.size >= MIN_GROUP_SIZE) {
    const withMailbox = profile.size - profile.withoutMailbox;
    if (profile.withoutMailbox / profile.size >= MOST) add('frontline', 'posters', 'team_meeting');
    if (withMailbox / profile.size >= MOST) add('office', 'email', 'intranet_link');
    if (profile.digitalComfortAnswers >= MIN_GROUP_SIZE && profile.lowDigitalComfort / profile.digitalComfortAnswers >= MANY_LOW) add('low_digital_comfort', 'team_meeting');
  }
  // Too small to say anything about: what reaches anyone.
  if (out.length === 0) add('everyone', 'posters', 'team_meeting', 'email');
  return out;
}
