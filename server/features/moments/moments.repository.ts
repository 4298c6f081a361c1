import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { MomentSlotInput } from '../../../shared/schemas/moments';
import type { LearningMomentRow } from './moments.table';

export async function findMoment(db: Kysely<Database>, personId: string): Promise<LearningMomentRow | undefined> {
  return db.selectFrom('learning_moments').selectAll().where('person_id', '=', personId).executeTakeFirst();
}

export async function upsertMoment(db: Kysely<Database>, personId: string, slot: MomentSlotInput, now: Date): Promise<void> {
  const values = {
    weekdays: JSON.stringify([...slot.weekdays].sort()),
    start_time: slot.startTime,
    duration_minutes: slot.durationMinutes,
    form: slot.form,
    topic: slot.topic,
    updated_at: now.toISOString(),
  };
  await db
    .insertInto('learning_moments')
    .values({ person_id: personId, ...values })
    .onConflict((oc) => oc.column('person_id').doUpdateSet(values))
    .execute();
}

export function rowToSlot(row: LearningMomentRow): MomentSlotInput {
  return {
    weekdays: parseWeekdays(row.weekdays),
    startTime: row.start_time,
    durationMinutes: row.duration_minutes,
    form: row.form,
    topic: row.topic,
  };
}

function parseWeekdays(json: string): number[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((d): d is number => Number.isInteger(d) && d >= 1 && d <= 7) : [];
  } catch {
    return [];
  }
}
