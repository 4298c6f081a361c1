import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';

export async function readSetting(db: Kysely<Database>, key: string): Promise<unknown> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  if (!row) return undefined;
  try {
    return JSON.parse(row.value);
  } catch {
    return undefined;
  }
}

export async function writeSetting(db: Kysely<Database>, key: string, value: unknown, now: Date): Promise<void> {
  const json = JSON.stringify(value);
  await db
    .insertInto('settings')
    .values({ key, value: json, updated_at: now.toISOString() })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: json, updated_at: now.toISOString() }))
    .execute();
}
