import * as z from 'zod/mini';
import { idSchema, languageSchema } from './common';
import { named } from './registry';

/* What the feed needs of a training; the rest of the contracts live in learning.ts. */

export const learningKindSchema = named('LearningKind', z.enum(['micro', 'macro', 'classroom']));
export type LearningKind = z.infer<typeof learningKindSchema>;

export const summaryShape = {
  id: idSchema,
  kind: learningKindSchema,
  title: z.string(),
  summary: z.string(),
  language: languageSchema,
  isFallback: z.boolean(),
  durationMinutes: z.int(),
  competencies: z.array(z.string()),
  /** Changes whenever the content changes, so offline copies know when to refresh. */
  updatedAt: z.string(),
};

/** What the feed and lists show of an item; enough to open it offline for a micro-training. */
export const learningItemSummarySchema = named('LearningItemSummary', z.object(summaryShape));
export type LearningItemSummary = z.infer<typeof learningItemSummarySchema>;

