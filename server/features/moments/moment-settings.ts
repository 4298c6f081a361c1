import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { momentSettingsSchema, type MomentSettings } from '../../../shared/schemas/moments';
import { AppError } from '../../http/app-error';
import { readSetting, writeSetting } from '../settings/settings.repository';

const KEY = 'moment_settings';

/** Until an admin chooses: Tuesday 10:00 for 30 minutes, office hours Monday–Friday, three pushes a week. */
export const defaultMomentSettings: MomentSettings = {
  defaultSlot: { weekdays: [2], startTime: '10:00', durationMinutes: 30, form: 'online', topic: null },
  workingDays: [1, 2, 3, 4, 5],
  workStart: '08:00',
  workEnd: '18:00',
  daysOff: [],
  weeklyPushCap: 3,
  retireSubscriptionsAfterDays: 60,
};

/** The organisation's learning-moment rules: the admin's choices over the defaults. */
export async function loadMomentSettings(db: Kysely<Database>): Promise<MomentSettings> {
  const parsed = momentSettingsSchema.safeParse({ ...defaultMomentSettings, ...(objectOrEmpty(await readSetting(db, KEY))) });
  return parsed.success ? parsed.data : defaultMomentSettings;
}

export async function saveMomentSettings(db: Kysely<Database>, changes: Partial<MomentSettings>, now: Date): Promise<MomentSettings> {
  const merged = { ...(await loadMomentSettings(db)), ...changes };
  // Checked on the merged rules: a partial change can make the day end before it starts.
  if (merged.workEnd <= merged.workStart) {
    throw new AppError(422, 'working_hours_inverted', `Working hours must end after they start (${merged.workStart}–${merged.workEnd})`);
  }
  await writeSetting(db, KEY, merged, now);
  return merged;
}

function objectOrEmpty(value: unknown): object {
  return typeof value === 'object' && value !== null ? value : {};
}
