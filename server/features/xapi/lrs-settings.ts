import type { Kysely } from 'kysely';
import type { AppConfig, LrsEnvironment } from '../../config';
import type { Database } from '../../db/database';
import type { LrsSettings, UpdateLrsSettings } from '../../../shared/schemas/works-council';
import { recordAudit } from '../audit/audit.service';
import { readSetting, writeSetting } from '../settings/settings.repository';

const LRS_SETTING = 'lrs';

/** Where statements go: from LRS_* variables, else as an admin set it in the workspace. */
export interface LrsConnection extends LrsEnvironment {
  enabled: boolean;
  fromEnvironment: boolean;
}

const NONE: LrsConnection = { enabled: false, endpoint: '', username: '', password: '', includeEmail: false, fromEnvironment: false };

export async function loadLrs(db: Kysely<Database>, config: Pick<AppConfig, 'lrs'>): Promise<LrsConnection> {
  if (config.lrs) return { ...config.lrs, enabled: true, fromEnvironment: true };
  const stored = (await readSetting(db, LRS_SETTING)) as Partial<LrsConnection> | undefined;
  return stored && typeof stored.endpoint === 'string' ? { ...NONE, ...stored, fromEnvironment: false } : NONE;
}

export function lrsView(connection: LrsConnection): LrsSettings {
  const { password, ...rest } = connection;
  return { ...rest, hasPassword: password.length > 0 };
}

/** Saved with its own audit entry, which leaves the password out (the route layer's would log the body). */
export async function saveLrs(db: Kysely<Database>, config: Pick<AppConfig, 'lrs'>, adminId: string, input: UpdateLrsSettings, now: Date): Promise<LrsSettings> {
  const current = await loadLrs(db, config);
  const next = { enabled: input.enabled, endpoint: input.endpoint.replace(/\/+$/, ''), username: input.username, password: input.password ?? current.password, includeEmail: input.includeEmail };
  const { password, ...detail } = next;
  await db.transaction().execute(async (trx) => {
    await writeSetting(trx, LRS_SETTING, next, now);
    await recordAudit(trx, { actorId: adminId, action: 'lrs.update', entityType: 'setting', entityId: LRS_SETTING, detail: { ...detail, password: input.password ? 'changed' : 'kept' } }, now);
  });
  return lrsView({ ...next, password, fromEnvironment: false });
}
