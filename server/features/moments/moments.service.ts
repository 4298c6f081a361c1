import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { isWithinWorkingTime, nextOccurrence } from '../../../shared/domain/moment-schedule';
import type { MomentSettings, MomentSlotInput, MyMoment } from '../../../shared/schemas/moments';
import type { PersonRow } from '../people/people.table';
import { replanReminder } from '../../jobs/reminder-plan';
import { loadMomentSettings } from './moment-settings';
import { findMoment, rowToSlot, upsertMoment } from './moments.repository';

/** The person's slot, or the organisation's default while they have not chosen one. */
export async function slotFor(db: Kysely<Database>, personId: string, settings: MomentSettings): Promise<{ slot: MomentSlotInput; isDefault: boolean } | null> {
  const row = await findMoment(db, personId);
  if (row) return { slot: rowToSlot(row), isDefault: false };
  return settings.defaultSlot ? { slot: settings.defaultSlot, isDefault: true } : null;
}

/** What the app shows: the slot, and when it next happens in the person's zone. */
export async function myMoment(db: Kysely<Database>, person: PersonRow, now: Date): Promise<MyMoment | null> {
  const settings = await loadMomentSettings(db);
  const found = await slotFor(db, person.id, settings);
  if (!found) return null;
  const next = nextOccurrence(found.slot, person.time_zone, now);
  return {
    ...found,
    timeZone: person.time_zone,
    nextAt: next?.toISOString() ?? null,
    nextIsOutsideWorkingTime: next ? !isWithinWorkingTime(next, person.time_zone, settings) : false,
  };
}

/** Saves the person's own slot and moves their pending reminder to its next occurrence. */
export async function saveMyMoment(db: Kysely<Database>, person: PersonRow, slot: MomentSlotInput, now: Date): Promise<MyMoment> {
  await db.transaction().execute(async (trx) => {
    await upsertMoment(trx, person.id, slot, now);
    await replanReminder(trx, person.id, slot, person.time_zone, now);
  });
  const saved = await myMoment(db, person, now);
  if (!saved) throw new Error('a saved moment must read back');
  return saved;
}
