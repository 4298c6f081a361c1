import * as z from 'zod/mini';
import { blockOfText, idSchema, identifier, webUrl } from './common';
import { named } from './registry';
import { summaryShape } from './learning-summary';

export { learningKindSchema, learningItemSummarySchema, type LearningKind, type LearningItemSummary } from './learning-summary';

/** Links people may follow: http(s) only, so no `javascript:` or `data:` URL ever reaches an href. */
export const safeUrlSchema = webUrl(2000);

/** The address the image pipeline gives an upload (server/features/images: /api/images/<id>). */
const PIPELINE_IMAGE_PATH = /^\/api\/images\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A card's picture: an http(s) link, or an image uploaded through the pipeline; never `javascript:` or `data:`. */
export const cardImageUrlSchema = z.union([
  webUrl(500, 'An image must be an http(s) link or an uploaded image'),
  z.string().check(z.regex(PIPELINE_IMAGE_PATH, { error: 'An image must be an http(s) link or an uploaded image' })),
]);

export const textCardSchema = z.object({
  kind: z.literal('text'),
  title: z.optional(blockOfText(0, 120)),
  body: blockOfText(1, 1000),
  imageUrl: z.optional(cardImageUrlSchema),
  imageAlt: z.optional(blockOfText(0, 200)),
});

export const questionCardSchema = z.object({
  kind: z.literal('question'),
  id: identifier(40),
  prompt: blockOfText(1, 1000),
  options: z
    .array(z.object({ text: blockOfText(1, 200), correct: z.boolean(), feedback: blockOfText(0, 400) }))
    .check(
      z.minLength(2),
      z.maxLength(5),
      z.refine((options) => options.some((o) => o.correct), { error: 'At least one option must be correct' }),
    ),
});

/** A micro-training: 3–7 short cards, at least one of them a question with feedback. */
export const microContentSchema = named(
  'MicroContent',
  z
    .object({ cards: z.array(z.discriminatedUnion('kind', [textCardSchema, questionCardSchema])).check(z.minLength(3), z.maxLength(7)) })
    .check(z.refine((c) => c.cards.some((card) => card.kind === 'question'), { error: 'A micro-training needs at least one question' })),
);
export type MicroContent = z.infer<typeof microContentSchema>;
export type MicroCard = MicroContent['cards'][number];

export const classroomSessionSchema = named(
  'ClassroomSession',
  z.object({
    id: idSchema,
    startsAt: z.string(),
    endsAt: z.string(),
    place: z.string(),
    seats: z.int(),
    seatsTaken: z.int(),
    waiting: z.int(),
    /** The viewer's own place: registered, on the waiting list (with position), or none. */
    myStatus: z.enum(['registered', 'waiting', 'none']),
    myWaitingPosition: z.nullable(z.int()),
  }),
);
export type ClassroomSession = z.infer<typeof classroomSessionSchema>;

export const learningItemSchema = named(
  'LearningItem',
  z.object({
    ...summaryShape,
    micro: z.nullable(microContentSchema),
    macro: z.nullable(z.object({ url: z.string(), parts: z.int(), partsDone: z.int() })),
    sessions: z.array(classroomSessionSchema),
    completed: z.boolean(),
    /** The ambassador who drafted it, when they want their authorship shown; absent or null otherwise. */
    credit: z.optional(z.nullable(z.string())),
  }),
);
export type LearningItem = z.infer<typeof learningItemSchema>;
