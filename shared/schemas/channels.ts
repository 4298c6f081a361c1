import * as z from 'zod/mini';
import { idSchema } from './common';
import { CHANNEL_KINDS, SUGGESTED_CHANNELS, SUGGESTION_REASONS } from '../domain/target-group';
import { named } from './registry';

export { CHANNEL_KINDS };

/*
 * The channel mix of a campaign: per target group (or the campaign's whole
 * audience), the ways L&D reaches it. Posters per placement have their own
 * panel; every other channel chosen here gets its own short link, credited
 * first-touch like a poster (server/features/attribution).
 */
export const channelKindSchema = named('ChannelKind', z.enum(CHANNEL_KINDS));
export type ChannelKind = z.infer<typeof channelKindSchema>;

export const channelInputSchema = named('ChannelInput', z.strictObject({ groupId: z.nullable(idSchema), channel: channelKindSchema }));
export type ChannelInput = z.infer<typeof channelInputSchema>;

const figuresSchema = z.object({ reach: z.int(), signUps: z.int() });

export const campaignChannelSchema = named(
  'CampaignChannel',
  z.object({
    id: idSchema,
    groupId: z.nullable(idSchema),
    channel: channelKindSchema,
    code: z.string(),
    /** The short link (the campaign's kick-off page) that credits this channel. */
    url: z.string(),
    /** For an intranet card: the HTML to paste, a plain link with the campaign's words (no script, no tracking pixel). */
    embedHtml: z.nullable(z.string()),
    /** Visits through the link and sign-ups it brought (first touch). */
    figures: figuresSchema,
  }),
);
export type CampaignChannel = z.infer<typeof campaignChannelSchema>;

export const channelMixSchema = named(
  'ChannelMix',
  z.object({
    campaignId: idSchema,
    /** Per audience: the campaign's whole audience first (groupId null), then each saved group. */
    audiences: z.array(
      z.object({
        groupId: z.nullable(idSchema),
        name: z.string(),
        /** People in the group; null when held back (under 5 in a group that reads activity). */
        count: z.nullable(z.int()),
        suggestions: z.array(z.object({ channel: z.enum(SUGGESTED_CHANNELS), reasons: z.array(z.enum(SUGGESTION_REASONS)) })),
        channels: z.array(campaignChannelSchema),
      }),
    ),
    /** The posters' measured reach (scans) and sign-ups, beside the channels'. */
    posters: figuresSchema,
  }),
);
export type ChannelMix = z.infer<typeof channelMixSchema>;
