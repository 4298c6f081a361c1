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

/** A person's slot, to plan its next occurrence after `after`. */
export interface ReminderPlan {
  personId: string;
  slot: MomentSlot;
  timeZone: string;
  after: Date;
}

/** Inserts the job for the slot's next occurrence after `after`, unless it exists. */
export async function planReminder(db: Kysely<Database>, personId: string, slot: MomentSlot, timeZone: string, after: Date): Promise<void> {
  await planReminders(db, [{ personId, slot, timeZone, after }]);
}

/** planReminder for many people, in one statement. */
export async function planReminders(db: Kysely<Database>, plans: readonly ReminderPlan[]): Promise<void> {
  // People share slots and zones (the organisation's default moment): each distinct one is worked out once.
  const occurrences = new Map<string, Date | null>();
  const occurrenceOf = ({ slot, timeZone, after }: ReminderPlan) => {
    const key = JSON.stringify([slot, timeZone, after.getTime()]);
    if (!occurrences.has(key)) occurrences.set(key, nextOccurrence(slot, timeZone, after));
    return occurrences.get(key) ?? null;
  };
  const rows = plans.flatMap((plan) => {
    const { personId, slot } = plan;
    const occurrence = occurrenceOf(plan);
    if (!occurrence) return [];
    return [
      {
        id: randomUUID(),
        person_id: personId,
        occurrence_at: occurrence.toISOString(),
        due_at: occurrence.toISOString(),
        // The reminder is useful until the moment is over; later it is dropped.
        expires_at: new Date(occurrence.getTime() + slot.durationMinutes * 60_000).toISOString(),
      },
    ];
  });
  if (rows.length === 0) return;
  await db
    .insertInto('reminder_jobs')
    .values(rows)
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
    await planReminders(db, rows.map((row) => ({ personId: row.person_id, slot: rowToSlot(row), timeZone: row.time_zone, after: now })));
    planned += rows.length;
    if (rows.length < PLAN_BATCH) break;
  }
  return planned;
}
