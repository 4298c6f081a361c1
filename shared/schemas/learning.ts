import { z } from 'zod';
import { idSchema, languageSchema } from './common';
import { roleSchema } from './people';

export const learningKindSchema = z.enum(['micro', 'macro', 'classroom']).meta({ id: 'LearningKind' });
export type LearningKind = z.infer<typeof learningKindSchema>;

/** Links people may follow: http(s) only, so no `javascript:` or `data:` URL ever reaches an href. */
export const safeUrlSchema = z.url({ protocol: /^https?$/, error: 'Only http(s) links are allowed' }).max(2000);

const cardTextSchema = z.string().trim().min(1).max(1000);

export const textCardSchema = z.object({
  kind: z.literal('text'),
  title: z.string().trim().max(120).optional(),
  body: cardTextSchema,
  imageUrl: z.string().max(500).optional(),
  imageAlt: z.string().max(200).optional(),
});

export const questionCardSchema = z.object({
  kind: z.literal('question'),
  id: z.string().min(1).max(40),
  prompt: cardTextSchema,
  options: z
    .array(z.object({ text: z.string().trim().min(1).max(200), correct: z.boolean(), feedback: z.string().trim().max(400) }))
    .min(2)
    .max(5)
    .refine((options) => options.some((o) => o.correct), { message: 'At least one option must be correct' }),
});

/** A micro-training: 3–7 short cards, at least one of them a question with feedback. */
export const microContentSchema = z
  .object({ cards: z.array(z.discriminatedUnion('kind', [textCardSchema, questionCardSchema])).min(3).max(7) })
  .refine((c) => c.cards.some((card) => card.kind === 'question'), { message: 'A micro-training needs at least one question' })
  .meta({ id: 'MicroContent' });
export type MicroContent = z.infer<typeof microContentSchema>;
export type MicroCard = MicroContent['cards'][number];

export const classroomSessionSchema = z
  .object({
    id: idSchema,
    startsAt: z.string(),
    endsAt: z.string(),
    place: z.string(),
    seats: z.number().int(),
    seatsTaken: z.number().int(),
    waiting: z.number().int(),
    /** The viewer's own place: registered, on the waiting list (with position), or none. */
    myStatus: z.enum(['registered', 'waiting', 'none']),
    myWaitingPosition: z.number().int().nullable(),
  })
  .meta({ id: 'ClassroomSession' });
export type ClassroomSession = z.infer<typeof classroomSessionSchema>;

/** What the feed and lists show of an item; enough to open it offline for a micro-training. */
export const learningItemSummarySchema = z
  .object({
    id: idSchema,
    kind: learningKindSchema,
    title: z.string(),
    summary: z.string(),
    language: languageSchema,
    isFallback: z.boolean(),
    durationMinutes: z.number().int(),
    competencies: z.array(z.string()),
    /** Changes whenever the content changes, so offline copies know when to refresh. */
    updatedAt: z.string(),
  })
  .meta({ id: 'LearningItemSummary' });
export type LearningItemSummary = z.infer<typeof learningItemSummarySchema>;

export const learningItemSchema = learningItemSummarySchema
  .extend({
    micro: microContentSchema.nullable(),
    macro: z.object({ url: z.string(), parts: z.number().int(), partsDone: z.number().int() }).nullable(),
    sessions: z.array(classroomSessionSchema),
    completed: z.boolean(),
  })
  .meta({ id: 'LearningItem' });
export type LearningItem = z.infer<typeof learningItemSchema>;

export const targetingSchema = z.object({
  roles: z.array(roleSchema),
  departmentIds: z.array(idSchema),
});
