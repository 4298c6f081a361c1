import * as z from 'zod/mini';
import { idSchema } from './common';
import { EVENT_BATCH_MAX, eventRejectionReasonSchema, learningEventSchema } from './events';
import { learningItemSchema } from './learning';
import { progressSchema } from './progress';
import { named } from './registry';

/*
 * Trying a training before joining. Opening one from a kick-off page gives
 * a try pass (an id the server issued, for that training, at that moment);
 * what the person does stays on the phone, and after joining the phone
 * claims it with the pass. Nothing about the person is sent before that.
 */

/** A training opened from the kick-off page without an account, with the pass to claim it later. */
export const triedTrainingSchema = named('TriedTraining', z.object({ passId: idSchema, item: learningItemSchema }));
export type TriedTraining = z.infer<typeof triedTrainingSchema>;

/** The tried progress of one pass, sent once the person has joined. */
export const claimTriedSchema = named(
  'ClaimTried',
  z.strictObject({ passId: idSchema, events: z.array(learningEventSchema).check(z.minLength(1), z.maxLength(EVENT_BATCH_MAX)) }),
);
export type ClaimTried = z.infer<typeof claimTriedSchema>;

/**
 * Why a tried event is not credited, beyond the reasons of any event:
 * the pass was never issued (`unknown_pass`), someone else claimed it
 * (`claimed_by_other`), or the event is not what the pass covers — another
 * training, another kind of activity, or a moment before the pass existed (`outside_pass`).
 */
export const claimRejectionReasonSchema = named('ClaimRejectionReason', z.union([eventRejectionReasonSchema, z.enum(['unknown_pass', 'claimed_by_other', 'outside_pass'])]));
export type ClaimRejectionReason = z.infer<typeof claimRejectionReasonSchema>;

export const claimResultSchema = named(
  'ClaimResult',
  z.object({
    results: z.array(z.object({ id: idSchema, status: z.enum(['applied', 'duplicate', 'rejected']), reason: z.optional(claimRejectionReasonSchema) })),
    progress: progressSchema,
  }),
);
export type ClaimResult = z.infer<typeof claimResultSchema>;
