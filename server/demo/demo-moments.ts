import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { defaultMomentSettings, saveMomentSettings } from '../features/moments/moment-settings';
import { upsertMoment } from '../features/moments/moments.repository';
import { planReminder } from '../jobs/reminder-plan';

/** The demo's learning moments: the organisation default (Tuesday 10:00) set by the admin, and Sanne's own Thursday 09:30. */
export async function loadDemoMoments(db: Kysely<Database>, now: Date, personIds: ReadonlyMap<string, string>): Promise<void> {
  await saveMomentSettings(db, defaultMomentSettings, now);
  const sanne = personIds.get('sanne');
  if (!sanne) return;
  const slot = { weekdays: [4], startTime: '09:30', durationMinutes: 30, form: 'online' as const, topic: 'Klantcontact' };
  await upsertMoment(db, sanne, slot, now);
  await planReminder(db, sanne, slot, 'Europe/Amsterdam', now);
}
