import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { nextOccurrence, type MomentSlot } from '../../shared/domain/moment-schedule';
import { rowToSlot } from '../features/moments/moments.repository';

/*
 * Planning: every active person with a learning moment has exactly one
 * pending reminder job, for their next slot occurrence. The unique key
 * (person, occurrence) makes planning idempotent: two instances or a restart
 * planning the same occurrence insert one row.
 */

/** Inserts the job for the slot's next occurrence after `after`, unless it exists. */
export async function planReminder(db: Kysely<Database>, personId: string, slot: MomentSlot, timeZone: string, after: Date): Promise<void> {
  const occurrence = nextOccurrence(slot, timeZone, after);
  if (!occurrence) return;
  await db
    .insertInto('reminder_jobs')
    .values({
      id: randomUUID(),
      person_id: personId,
      occurrence_at: occurrence.toISOString(),
      due_at: occurrence.toISOString(),
      // The reminder is useful until the moment is over; later it is dropped.
      expires_at: new Date(occurrence.getTime() + slot.durationMinutes * 60_000).toISOString(),
    })
    .onConflict((oc) => oc.columns(['person_id', 'occurrence_at']).doNothing())
    .execute();
}

/** After the person changed their slot: pending, unclaimed jobs go, the new next occurrence comes. */
export async function replanReminder(db: Kysely<Database>, personId: string, slot: MomentSlot, timeZone: string, now: Date): Promise<void> {
  await db.deleteFrom('reminder_jobs').where('person_id', '=', personId).where('done_at', 'is', null).where('claimed_at', 'is', null).execute();
  await planReminder(db, personId, slot, timeZone, now);
}

const PLAN_BATCH = 500;

/** Gives every active person with a moment and no pending job their next one. Returns how many were planned. */
export async function planMissingReminders(db: Kysely<Database>, now: Date): Promise<number> {
  let planned = 0;
  // Bounded: a moment without weekdays plans nothing, and must not keep one tick busy forever.
  for (let batch = 0; batch < 100; batch += 1) {
    const rows = await db
      .selectFrom('learning_moments as m')
      .innerJoin('people as p', 'p.id', 'm.person_id')
      .selectAll('m')
      .select('p.time_zone')
      .where('p.left_at', 'is', null)
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('reminder_jobs as j').select('j.id').whereRef('j.person_id', '=', 'm.person_id').where('j.done_at', 'is', null))),
      )
      .limit(PLAN_BATCH)
      .execute();
    for (const row of rows) await planReminder(db, row.person_id, rowToSlot(row), row.time_zone, now);
    planned += rows.length;
    if (rows.length < PLAN_BATCH) break;
  }
  return planned;
}
