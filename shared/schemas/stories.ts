import * as z from 'zod/mini';
import { blockOfText, idSchema, lineOfText } from './common';
import { named } from './registry';

/*
 * Success stories: a colleague writes how a training helped them, chooses how
 * they are named, and L&D approves it before anyone else sees it. A story is
 * an attribution source: its share link /s/<code> credits views and sign-ups.
 */

export const STORY_MAX_LENGTH = 600;
export const STORY_DISPLAYS = ['full_name', 'first_name_department', 'anonymous'] as const;
export const storyDisplaySchema = named('StoryDisplay', z.enum(STORY_DISPLAYS));
export type StoryDisplay = z.infer<typeof storyDisplaySchema>;

/** pending: waiting for L&D; edit_proposed: L&D proposed an edit the author has to agree to; approved: visible; declined: with a reason. */
export const STORY_STATUSES = ['pending', 'edit_proposed', 'approved', 'declined'] as const;
export const storyStatusSchema = named('StoryStatus', z.enum(STORY_STATUSES));
export type StoryStatus = z.infer<typeof storyStatusSchema>;

const storyTitle = lineOfText(3, 120);
const storyBody = blockOfText(10, STORY_MAX_LENGTH);

export const storyInputSchema = named(
  'StoryInput',
  z.strictObject({
    title: storyTitle,
    body: storyBody,
    itemId: idSchema,
    display: storyDisplaySchema,
    /** A photo uploaded through POST /api/me/images. */
    imageId: z.optional(z.nullable(idSchema)),
  }),
);
export type StoryInput = z.infer<typeof storyInputSchema>;

/** How a story names its author, as they chose: a name, a first name and department, or nobody. */
export const storyAuthorSchema = z.object({ name: z.nullable(z.string()), department: z.nullable(z.string()) });

/** An approved story as colleagues read it. */
export const storySchema = named(
  'Story',
  z.object({
    id: idSchema,
    code: z.string(),
    title: z.string(),
    body: z.string(),
    imageUrl: z.nullable(z.string()),
    author: storyAuthorSchema,
    training: z.object({ id: idSchema, title: z.string(), kind: z.string(), durationMinutes: z.int() }),
    approvedAt: z.string(),
    /** The link to share: /s/<code> on the public address. */
    shareUrl: z.string(),
  }),
);
export type Story = z.infer<typeof storySchema>;

export const storyListSchema = named('StoryList', z.object({ stories: z.array(storySchema) }));

/**
 * A story opened from its link. Signed in, the whole story; signed out, only
 * its title and its training's title, to lead to joining: the text and the
 * author's name are for colleagues.
 */
export const sharedStorySchema = named(
  'SharedStory',
  z.object({
    code: z.string(),
    title: z.string(),
    trainingTitle: z.string(),
    story: z.nullable(storySchema),
  }),
);
export type SharedStory = z.infer<typeof sharedStorySchema>;

/** What the author and L&D both see of a story in moderation. */
const moderatedStoryShape = {
  id: idSchema,
  code: z.string(),
  title: z.string(),
  body: z.string(),
  imageUrl: z.nullable(z.string()),
  display: storyDisplaySchema,
  trainingTitle: z.string(),
  status: storyStatusSchema,
  declineReason: z.nullable(z.string()),
  proposedEdit: z.nullable(z.object({ title: z.string(), body: z.string() })),
  createdAt: z.string(),
};

/** The author's own story, with where it stands in moderation. */
export const myStorySchema = named('MyStory', z.object({ ...moderatedStoryShape, itemId: idSchema }));
export type MyStory = z.infer<typeof myStorySchema>;
export const myStoryListSchema = named('MyStoryList', z.object({ stories: z.array(myStorySchema) }));

export const storyEditDecisionSchema = named('StoryEditDecision', z.strictObject({ accept: z.boolean() }));
export const storyDeclineSchema = named('StoryDecline', z.strictObject({ reason: lineOfText(3, 300) }));
export const storyEditProposalSchema = named('StoryEditProposal', z.strictObject({ title: storyTitle, body: storyBody }));

/** What a story set going, for L&D; the funnel reads the same query. */
export const storyFiguresSchema = named(
  'StoryFigures',
  z.object({ views: z.int(), shares: z.int(), trainingsStarted: z.int(), joined: z.int() }),
);
export type StoryFigures = z.infer<typeof storyFiguresSchema>;

/** A story in the moderation list: everything, the author's real name included (L&D checks the display choice). */
export const adminStorySchema = named(
  'AdminStory',
  z.object({
    ...moderatedStoryShape,
    authorName: z.string(),
    shownAs: storyAuthorSchema,
    approvedAt: z.nullable(z.string()),
    figures: storyFiguresSchema,
  }),
);
export type AdminStory = z.infer<typeof adminStorySchema>;
export const adminStoryListSchema = named('AdminStoryList', z.object({ stories: z.array(adminStorySchema) }));

/** "I want to learn this too": the training to open. */
export const storyStartSchema = named('StoryStart', z.object({ itemId: idSchema }));
