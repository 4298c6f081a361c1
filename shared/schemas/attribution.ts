import * as z from 'zod/mini';

/**
 * The kinds of source that credit visits and sign-ups: printed posters,
 * channel links (intranet, team-meeting handout, e-mail), success stories
 * shared as a link, and the steps of a drip journey. A feature that brings
 * people in through a new kind adds it here (and its words to the workspace
 * texts); see server/features/attribution/README.md.
 */
export const sourceKinds = ['poster', 'channel_link', 'story', 'journey_step'] as const;
export const sourceKindSchema = z.enum(sourceKinds);
export type SourceKind = z.infer<typeof sourceKindSchema>;
