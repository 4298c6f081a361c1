import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { defaultPointValues, resolvePointValues, type PointValues } from '../../../shared/domain/points';
import { pointValuesUpdateSchema } from '../../../shared/schemas/points';
import { readSetting, writeSetting } from './settings.repository';

const KEY = 'point_values';

/** The organisation's point values: the admin's choices over the defaults. */
export async function loadPointValues(db: Kysely<Database>): Promise<PointValues> {
  const parsed = pointValuesUpdateSchema.safeParse(await readSetting(db, KEY));
  return parsed.success ? resolvePointValues(parsed.data) : defaultPointValues;
}

export async function savePointValues(db: Kysely<Database>, values: Partial<PointValues>, now: Date): Promise<PointValues> {
  const merged = resolvePointValues({ ...(await loadPointValues(db)), ...values });
  await writeSetting(db, KEY, merged, now);
  return merged;
}
