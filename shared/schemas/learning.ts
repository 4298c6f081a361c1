import * as z from 'zod/mini';
import { blockOfText, idSchema, identifier, SINGLE_LINE_TEXT, webUrl } from './common';
import { named } from './registry';
import { summaryShape } from './learning-summary';

export { learningKindSchema, learningItemSummarySchema, type LearningKind, type LearningItemSummary } from './learning-summary';

/** Links people may follow: http(s) only, so no `javascript:` or `data:` URL ever reaches an href. */
export const safeUrlSchema = webUrl(2000);

export const textCardSchema = z.object({
  kind: z.literal('text'),
  title: z.optional(blockOfText(0, 120)),
  body: blockOfText(1, 1000),
  imageUrl: z.optional(z.string().check(z.maxLength(500), z.regex(SINGLE_LINE_TEXT, { error: 'A link cannot contain control characters' }))),
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
  }),
);
export type LearningItem = z.infer<typeof learningItemSchema>;
