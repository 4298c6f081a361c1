import * as z from 'zod/mini';
import { activityKinds, deviceActivityKinds } from '../domain/learning-activity';
import { idSchema, identifier, timeZoneSchema } from './common';
import { progressSchema } from './progress';
import { named } from './registry';

/** What a phone may report; what the server awards itself (a finished path) is never among them. */
export const learningEventKindSchema = named('LearningEventKind', z.enum(deviceActivityKinds));
export type LearningEventKind = z.infer<typeof learningEventKindSchema>;

/** Every kind of the event log: what phones report and what the server awards. */
export const activityKindSchema = named('ActivityKind', z.enum(activityKinds));

/**
 * Something a person did, recorded on the device first (often offline) and
 * sent later. The id is made on the device, so a retry of the same event is
 * recognised and applied once. `occurredAt` and `timeZone` say when and where
 * it happened, which decides the learning week it counts for.
 */
export const learningEventSchema = named(
  'LearningEvent',
  z
    .strictObject({
      id: idSchema,
      kind: learningEventKindSchema,
      occurredAt: z.iso.datetime({ offset: true }),
      timeZone: timeZoneSchema,
      itemId: z.optional(idSchema),
      teaserId: z.optional(idSchema),
      questionId: z.optional(identifier(40)),
      correct: z.optional(z.boolean()),
      part: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
    })
    .check(
      z.superRefine((event, ctx) => {
        const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message, input: event });
        // A push may open the app's home rather than a training: its itemId is then absent.
        const needsItem = event.kind !== 'teaser_opened' && event.kind !== 'notification_opened';
        if (needsItem && !event.itemId) issue('itemId', `${event.kind} needs an itemId`);
        if (event.kind === 'teaser_opened' && !event.teaserId) issue('teaserId', 'teaser_opened needs a teaserId');
        if (event.kind === 'question_answered' && (event.questionId === undefined || event.correct === undefined)) {
          issue('questionId', 'question_answered needs questionId and correct');
        }
        if (event.kind === 'macro_part_done' && event.part === undefined) issue('part', 'macro_part_done needs a part');
      }),
    ),
);
export type LearningEvent = z.infer<typeof learningEventSchema>;

/** At most this many events per request; the outbox sends larger backlogs in several batches. */
export const EVENT_BATCH_MAX = 500;

export const eventBatchSchema = named(
  'EventBatch',
  z.strictObject({ events: z.array(learningEventSchema).check(z.minLength(1), z.maxLength(EVENT_BATCH_MAX)) }),
);

export const eventRejectionReasonSchema = named('EventRejectionReason', z.enum(['in_future', 'too_old', 'unknown_item', 'unknown_teaser', 'unknown_question', 'unknown_part', 'not_available', 'id_conflict']));
export type EventRejectionReason = z.infer<typeof eventRejectionReasonSchema>;

export const eventResultSchema = named(
  'EventResult',
  z.object({
    id: idSchema,
    status: z.enum(['applied', 'duplicate', 'rejected']),
    reason: z.optional(eventRejectionReasonSchema),
  }),
);
export type EventResult = z.infer<typeof eventResultSchema>;

/** The answer to a batch: per-event results and the person's new progress. */
export const syncResultSchema = named('SyncResult', z.object({ results: z.array(eventResultSchema), progress: progressSchema }));
export type SyncResult = z.infer<typeof syncResultSchema>;
