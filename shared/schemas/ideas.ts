import * as z from 'zod/mini';
import { blockOfText, idSchema, languageSchema, lineOfText } from './common';
import { named } from './registry';

/*
 * Co-creation: an idea box where anyone suggests a learning activity or an
 * improvement and colleagues support it (one vote each, withdrawable), L&D's
 * status and answer, and ambassadors: active learners who help make new
 * learning. No idea shows its author's name to colleagues.
 */

export const IDEA_MAX_LENGTH = 500;
export const IDEA_STATUSES = ['new', 'considering', 'planned', 'done', 'declined'] as const;
export const ideaStatusSchema = named('IdeaStatus', z.enum(IDEA_STATUSES));
export type IdeaStatus = z.infer<typeof ideaStatusSchema>;

/** New ideas are shown to ambassadors (and L&D) first; everyone sees them after this many days. */
export const AMBASSADOR_HEAD_START_DAYS = 3;

export const ideaInputSchema = named(
  'IdeaInput',
  z.strictObject({ title: lineOfText(3, 120), body: blockOfText(10, IDEA_MAX_LENGTH), topic: lineOfText(2, 60) }),
);
export type IdeaInput = z.infer<typeof ideaInputSchema>;

export const ideaSchema = named(
  'Idea',
  z.object({
    id: idSchema,
    title: z.string(),
    body: z.string(),
    topic: z.string(),
    status: ideaStatusSchema,
    answer: z.nullable(z.string()),
    supporters: z.int(),
    mine: z.boolean(),
    supportedByMe: z.boolean(),
    createdAt: z.string(),
    statusChangedAt: z.nullable(z.string()),
  }),
);
export type Idea = z.infer<typeof ideaSchema>;

export const ideaListSchema = named('IdeaList', z.object({ ideas: z.array(ideaSchema) }));

export const ideaStatusChangeSchema = named('IdeaStatusChange', z.strictObject({ status: ideaStatusSchema, answer: lineOfText(0, 300) }));
export type IdeaStatusChange = z.infer<typeof ideaStatusChangeSchema>;

export const myAmbassadorSchema = named(
  'MyAmbassador',
  z.object({
    /** Agreed to be considered when L&D looks for ambassadors. */
    considered: z.boolean(),
    invited: z.boolean(),
    active: z.boolean(),
    showBadge: z.boolean(),
    showAuthorship: z.boolean(),
  }),
);
export type MyAmbassador = z.infer<typeof myAmbassadorSchema>;

export const ambassadorSettingsSchema = named(
  'AmbassadorSettings',
  z.strictObject({ considered: z.optional(z.boolean()), showBadge: z.optional(z.boolean()), showAuthorship: z.optional(z.boolean()) }),
);

/** Someone L&D may invite: only people who opted in to being considered or who are on the leaderboard by choice. */
export const ambassadorCandidateSchema = z.object({
  personId: idSchema,
  name: z.string(),
  activities90Days: z.int(),
  status: z.enum(['candidate', 'invited', 'ambassador']),
});
export const ambassadorCandidatesSchema = named('AmbassadorCandidates', z.object({ people: z.array(ambassadorCandidateSchema) }));

export const DRAFT_KINDS = ['teaser', 'micro'] as const;
export const ambassadorDraftInputSchema = named(
  'AmbassadorDraftInput',
  z.strictObject({ kind: z.enum(DRAFT_KINDS), language: languageSchema, title: lineOfText(3, 120), body: blockOfText(10, 2000) }),
);
export const ambassadorDraftSchema = z.object({
  id: idSchema,
  kind: z.enum(DRAFT_KINDS),
  language: languageSchema,
  title: z.string(),
  body: z.string(),
  status: z.enum(['submitted', 'reviewed']),
  /** The ambassador's name when they want authorship shown; null otherwise. */
  author: z.nullable(z.string()),
  createdAt: z.string(),
  /** What L&D made of it: a teaser or a training draft in the workspace; null until then. */
  adopted: z.nullable(z.object({ kind: z.enum(['teaser', 'item']), id: idSchema })),
});
export const adoptedDraftSchema = named('AdoptedAmbassadorDraft', z.object({ kind: z.enum(['teaser', 'item']), id: idSchema }));
export const ambassadorDraftListSchema = named('AmbassadorDraftList', z.object({ drafts: z.array(ambassadorDraftSchema) }));
