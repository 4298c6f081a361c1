import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { DEFAULT_ORGANISATION_LANGUAGE } from '../../../shared/domain/organisation';
import { signUpSettingsSchema, type SignUpSettings } from '../../../shared/schemas/sign-up';
import { recordAudit } from '../audit/audit.service';
import type { PersonRow } from '../people/people.table';
import { readSetting, writeSetting } from './settings.repository';

export const SIGN_UP_SETTING = 'sign_up';
const NOBODY: SignUpSettings = { domains: [], defaultLanguage: DEFAULT_ORGANISATION_LANGUAGE };

/** Which e-mail domains may sign up, and the language of those who do; nobody until an admin says otherwise. */
export async function loadSignUpSettings(db: Kysely<Database>): Promise<SignUpSettings> {
  const parsed = signUpSettingsSchema.safeParse(await readSetting(db, SIGN_UP_SETTING));
  return parsed.success ? parsed.data : NOBODY;
}

/** Who may join is the admin's call and on the record: the change and its audit entry are one. */
export async function saveSignUpSettings(db: Kysely<Database>, admin: PersonRow, settings: SignUpSettings, now: Date): Promise<SignUpSettings> {
  await db.transaction().execute(async (trx) => {
    await writeSetting(trx, SIGN_UP_SETTING, settings, now);
    await recordAudit(trx, { actorId: admin.id, action: 'sign_up.update', entityType: 'setting', entityId: SIGN_UP_SETTING, detail: settings }, now);
  });
  return settings;
}

/** Whether `email` (already lower-cased by its schema) is in an allowed domain. */
export function mayBeSignedUp(settings: SignUpSettings, email: string): boolean {
  const domain = email.slice(email.lastIndexOf('@') + 1);
  return settings.domains.includes(domain);
}
