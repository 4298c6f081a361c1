import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { retentionSettingsSchema, type RetentionSettings } from '../../../shared/schemas/works-council';
import { readSetting, writeSetting } from '../settings/settings.repository';

export const RETENTION_SETTING = 'retention';

/** Until an admin decides otherwise: two years of learning, a month of sign-in records. */
export const defaultRetention: RetentionSettings = {
  learningEvents: 730,
  signInRecords: 30,
  notifications: 180,
  accessLog: 730,
  auditLog: 1095,
  xapiSent: 30,
  departedPeople: 180,
  evaluationAnswers: 730,
};

export async function loadRetention(db: Kysely<Database>): Promise<RetentionSettings> {
  const stored = await readSetting(db, RETENTION_SETTING);
  // A kind added since the admin last saved keeps its default; the periods they set stay.
  const parsed = retentionSettingsSchema.safeParse(typeof stored === 'object' && stored !== null ? { ...defaultRetention, ...stored } : stored);
  return parsed.success ? parsed.data : defaultRetention;
}

export async function saveRetention(db: Kysely<Database>, settings: RetentionSettings, now: Date): Promise<RetentionSettings> {
  await writeSetting(db, RETENTION_SETTING, settings, now);
  return settings;
}
