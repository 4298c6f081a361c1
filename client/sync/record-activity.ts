import { learningEventSchema, type LearningEvent } from '../../shared/schemas/events';
import { localDb, NOT_YET_OWNED } from '../db/leerlust-db';
import { currentTimeZone } from './time-zone';

export type ActivityInput = Omit<LearningEvent, 'id' | 'occurredAt' | 'timeZone'>;


/**
 * Records something the person did: first into the outbox on the phone (so
 * it survives being offline, a reload or an update), then the sync sends it.
 * The id is made here, which is what lets the server apply it exactly once.
 */
export async function recordActivity(personId: string, input: ActivityInput, now = new Date()): Promise<LearningEvent> {
  return record({ personId }, input, now);
}

/** Records a step of a training tried before joining: nobody's yet, kept under the server's try pass until the person joins. */
export async function recordTriedActivity(passId: string, input: ActivityInput, now = new Date()): Promise<LearningEvent> {
  return record({ personId: NOT_YET_OWNED, passId }, input, now);
}

async function record(owner: { personId: string; passId?: string }, input: ActivityInput, now: Date): Promise<LearningEvent> {
  const event = learningEventSchema.parse({ ...input, id: crypto.randomUUID(), occurredAt: now.toISOString(), timeZone: currentTimeZone() });
  await localDb.outbox.add({ id: event.id, ...owner, event, state: 'pending', createdAt: now.getTime() });
  return event;
}
