import * as z from 'zod/mini';
import { blockOfText, idSchema, languageSchema } from './common';
import { learningItemSummarySchema } from './learning-summary';
import { named } from './registry';

/** A teaser's hook fits in a glance: at most 140 characters. */
export const HOOK_MAX_LENGTH = 140;
export const hookSchema = blockOfText(1, HOOK_MAX_LENGTH);

export const teaserSchema = named(
  'Teaser',
  z.object({
    id: idSchema,
    hook: hookSchema,
    callToAction: z.string(),
    language: languageSchema,
    /** True when the text is shown in the other language because none exists in the person's own. */
    isFallback: z.boolean(),
    publishedAt: z.string(),
    /** The training the call to action opens; null for a teaser that only informs. */
    item: z.nullable(learningItemSummarySchema),
    /** Not opened yet by this person. */
    isNew: z.boolean(),
    /** This person already completed the training. */
    done: z.boolean(),
  }),
);
export type Teaser = z.infer<typeof teaserSchema>;

export const feedSchema = named('Feed', z.object({ teasers: z.array(teaserSchema) }));
export type Feed = z.infer<typeof feedSchema>;
