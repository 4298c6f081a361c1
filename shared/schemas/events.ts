import { z } from 'zod';
import { activityKinds } from '../domain/learning-activity';
import { idSchema, timeZoneSchema } from './common';

export const learningEventKindSchema = z.enum(activityKinds).meta({ id: 'LearningEventKind' });
export type LearningEventKind = z.infer<typeof learningEventKindSchema>;

/**
 * Something a person did, recorded on the device first (often offline) and
 * sent later. The id is made on the device, so a retry of the same event is
 * recognised and applied once. `occurredAt` and `timeZone` say when and where
 * it happened, which decides the learning week it counts for.
 */
export const learningEventSchema = z
  .strictObject({
    id: idSchema,
    kind: learningEventKindSchema,
    occurredAt: z.iso.datetime({ offset: true }),
    timeZone: timeZoneSchema,
    itemId: idSchema.optional(),
    teaserId: idSchema.optional(),
    questionId: z.string().min(1).max(40).optional(),
    correct: z.boolean().optional(),
    part: z.number().int().min(1).max(100).optional(),
  })
  .superRefine((event, ctx) => {
    const needsItem = event.kind !== 'teaser_opened';
    if (needsItem && !event.itemId) ctx.addIssue({ code: 'custom', path: ['itemId'], message: `${event.kind} needs an itemId` });
    if (!needsItem && !event.teaserId) ctx.addIssue({ code: 'custom', path: ['teaserId'], message: 'teaser_opened needs a teaserId' });
    if (event.kind === 'question_answered' && (event.questionId === undefined || event.correct === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['questionId'], message: 'question_answered needs questionId and correct' });
    }
    if (event.kind === 'macro_part_done' && event.part === undefined) {
      ctx.addIssue({ code: 'custom', path: ['part'], message: 'macro_part_done needs a part' });
    }
  })
  .meta({ id: 'LearningEvent' });
export type LearningEvent = z.infer<typeof learningEventSchema>;

/** At most this many events per request; the outbox sends larger backlogs in several batches. */
export const EVENT_BATCH_MAX = 500;

export const eventBatchSchema = z
  .strictObject({ events: z.array(learningEventSchema).min(1).max(EVENT_BATCH_MAX) })
  .meta({ id: 'EventBatch' });

export const eventRejectionReasonSchema = z
  .enum(['in_future', 'too_old', 'unknown_item', 'unknown_teaser', 'id_conflict'])
  .meta({ id: 'EventRejectionReason' });
export type EventRejectionReason = z.infer<typeof eventRejectionReasonSchema>;

export const eventResultSchema = z
  .object({
    id: idSchema,
    status: z.enum(['applied', 'duplicate', 'rejected']),
    reason: eventRejectionReasonSchema.optional(),
  })
  .meta({ id: 'EventResult' });
export type EventResult = z.infer<typeof eventResultSchema>;
