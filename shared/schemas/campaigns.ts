import * as z from 'zod/mini';
import { blockOfText, idSchema, languageSchema, lineOfText } from './common';
import { isoMomentSchema, perLanguage } from './authoring';
import { safeUrlSchema } from './learning';
import { targetGroupsShape } from './audience';
import { documentRule, named } from './registry';

const atMostHundredIds = () => documentRule(z.array(idSchema).check(z.refine((ids) => ids.length <= 100, { error: 'At most 100' })), () => ({ maxItems: 100 }));

export { SHORT_CODE_ALPHABET, shortCodeSchema } from './short-code';
export { campaignListSchema, campaignSchema, posterFiguresSchema, posterSchema } from './workspace';
export type { Campaign, Poster, PosterFigures } from './workspace';

/** The kick-off page's words in one language, as the workspace writes them. */
export const campaignTextSchema = z.strictObject({
  language: languageSchema,
  headline: lineOfText(1, 90),
  /** Why the organisation invests in learning. */
  why: blockOfText(0, 1000),
  /** What's in it for the employee. */
  forYou: blockOfText(0, 1000),
  /** What to expect: micro-, macro- and classroom trainings. */
  expect: blockOfText(0, 1000),
});
export type CampaignText = z.infer<typeof campaignTextSchema>;

/** The campaign's target groups, and the locations where its posters hang (they narrow nobody: people have no location). */
export const campaignTargetSchema = z.strictObject({
  ...targetGroupsShape,
  locations: z._default(z.array(lineOfText(1, 80)).check(z.maxLength(20)), []),
});
export type CampaignTarget = z.infer<typeof campaignTargetSchema>;

const localDateSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Use a date like 2026-05-01' }));

const campaignShape = {
  name: lineOfText(1, 120),
  startsOn: localDateSchema,
  endsOn: localDateSchema,
  texts: perLanguage(campaignTextSchema),
  target: z._default(campaignTargetSchema, { departmentIds: [], teamIds: [], roles: [], locations: [], languages: [], groupIds: [] }),
  kickoffAt: z._default(z.nullable(isoMomentSchema), null),
  kickoffPlace: z._default(z.nullable(lineOfText(1, 200)), null),
  kickoffUrl: z._default(z.nullable(safeUrlSchema), null),
  itemIds: z._default(atMostHundredIds(), []),
  teaserIds: z._default(atMostHundredIds(), []),
  /** Of `itemIds`, the micro-trainings anyone may try from the kick-off page before joining. */
  tryItemIds: z._default(z.array(idSchema).check(z.refine((ids) => ids.length <= 10, { error: 'At most 10' })), []),
};

export const campaignInputSchema = named(
  'CampaignInput',
  z
    .strictObject(campaignShape)
    .check(
      z.refine((c) => c.endsOn >= c.startsOn, { error: 'A campaign ends on or after its start', path: ['endsOn'] }),
      z.refine((c) => c.tryItemIds.every((id) => c.itemIds.includes(id)), { error: 'Only a training of the campaign can be open to try', path: ['tryItemIds'] }),
    ),
);
export type CampaignInput = z.infer<typeof campaignInputSchema>;

export const posterInputSchema = named('PosterInput', z.strictObject({ placement: lineOfText(1, 80) }));


/** Publish even though something is missing (the workspace asks first). */
export const publishCampaignSchema = named('PublishCampaign', z.strictObject({ anyway: z._default(z.boolean(), false) }));

/** Trainings and teasers to add to a campaign (made in place from it); what it holds stays. */
export const attachToCampaignSchema = named(
  'AttachToCampaign',
  z.strictObject({
    itemIds: z._default(z.array(idSchema).check(z.maxLength(100)), []),
    teaserIds: z._default(z.array(idSchema).check(z.maxLength(100)), []),
  }),
);
