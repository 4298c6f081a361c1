import * as z from 'zod/mini';
import { idSchema, lineOfText } from './common';
import { named } from './registry';
import { storySchema } from './stories';

/*
 * A manager's team page: this month's learning in aggregate (each figure only
 * when at least 5 people are behind it), the role models and stories the
 * team's members chose to share, and the manager's recommendations.
 */

export const teamOverviewSchema = named(
  'TeamOverview',
  z.object({
    teamName: z.nullable(z.string()),
    /** YYYY-MM, in the organisation's calendar (UTC). */
    month: z.string(),
    members: z.int(),
    /** Each null when fewer than 5 people are behind it. */
    activeMembers: z.nullable(z.int()),
    activities: z.nullable(z.int()),
    trainingsCompleted: z.nullable(z.int()),
    topCompetencies: z.nullable(z.array(z.string())),
    evaluationScore: z.nullable(z.number()),
    /** Recognitions members agreed to share with the team. */
    roleModels: z.array(z.object({ id: idSchema, personName: z.string(), message: z.string() })),
    /** Approved stories by members who chose to be named. */
    stories: z.array(storySchema),
    recommendations: z.array(z.object({ id: idSchema, title: z.string(), kind: z.enum(['training', 'path']), createdAt: z.string() })),
  }),
);
export type TeamOverview = z.infer<typeof teamOverviewSchema>;

export const recommendationInputSchema = named(
  'TeamRecommendationInput',
  z.strictObject({ itemId: z.optional(idSchema), pathId: z.optional(idSchema), note: z.optional(lineOfText(0, 200)) }).check(
    z.refine((r) => Boolean(r.itemId) !== Boolean(r.pathId), { error: 'Recommend one training or one path' }),
  ),
);
export type RecommendationInput = z.infer<typeof recommendationInputSchema>;

/** What a member sees: "recommended by your manager". */
export const myRecommendationsSchema = named(
  'MyRecommendations',
  z.object({
    recommendations: z.array(
      z.object({ id: idSchema, kind: z.enum(['training', 'path']), targetId: idSchema, title: z.string(), managerName: z.string(), note: z.nullable(z.string()), createdAt: z.string() }),
    ),
  }),
);
export type MyRecommendations = z.infer<typeof myRecommendationsSchema>;

/** The month's team e-mail as the manager reviews it before sending. */
export const teamEmailPreviewSchema = named(
  'TeamEmailPreview',
  z.object({ month: z.string(), subject: z.string(), text: z.string(), recipients: z.int(), alreadySent: z.boolean() }),
);
export type TeamEmailPreview = z.infer<typeof teamEmailPreviewSchema>;
export const teamEmailSentSchema = named('TeamEmailSent', z.object({ sent: z.int() }));

/** A manager invites someone in their team to write a success story. */
export const storyInvitationSchema = named('StoryInvitation', z.strictObject({ personId: idSchema, message: z._default(lineOfText(0, 300), '') }));
