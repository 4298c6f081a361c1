import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { readSetting } from '../settings/settings.repository';

/** Leerlust's namespace for name-based (version 5) statement ids. */
const NAMESPACE = Buffer.from('5f1e2f0a9c4b4e7e8a1d3c6b2f9e0d71', 'hex');

/**
 * The statement id of a learning event: a version-5 UUID of its own id, so
 * the same event always becomes the same statement and an LRS keeps it once.
 */
export function statementIdFor(name: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(name).digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const ACTOR_KEY_SETTING = 'xapi_actor_key';

/**
 * Makes opaque actor names: an HMAC of the person's id with a key of this
 * installation, so the LRS can follow a person over time without learning
 * who they are, and nobody can reverse it without the database.
 */
export async function actorNamer(db: Kysely<Database>, now: Date): Promise<(personId: string) => string> {
  if (typeof (await readSetting(db, ACTOR_KEY_SETTING)) !== 'string') {
    // Two instances starting at once keep whichever key was stored first.
    const value = JSON.stringify(randomBytes(32).toString('base64url'));
    await db.insertInto('settings').values({ key: ACTOR_KEY_SETTING, value, updated_at: now.toISOString() }).onConflict((oc) => oc.column('key').doNothing()).execute();
  }
  const secret = String(await readSetting(db, ACTOR_KEY_SETTING));
  return (personId) => createHmac('sha256', secret).update(personId).digest('base64url').slice(0, 32);
}
