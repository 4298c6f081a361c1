import type { Kysely } from 'kysely';
import webpush from 'web-push';
import * as z from 'zod/mini';
import type { AppConfig } from '../../config';
import type { Database } from '../../db/database';
import { readSetting } from '../settings/settings.repository';

export interface VapidKeys {
  /** base64url, uncompressed P-256 point (65 bytes): what browsers pass as applicationServerKey. */
  publicKey: string;
  /** base64url, the 32-byte private scalar. */
  privateKey: string;
}

export interface VapidDetails extends VapidKeys {
  subject: string;
}

const KEY = 'vapid_keys';
const storedKeysSchema = z.object({ publicKey: z.string(), privateKey: z.string() });
const resolved = new WeakMap<Kysely<Database>, Promise<VapidKeys>>();

/**
 * The server's VAPID key pair: from VAPID_PUBLIC_KEY/VAPID_PRIVATE_KEY, or
 * generated on the first start and kept in the database, so subscriptions
 * made against it stay valid across restarts and instances. When two
 * instances start at once, the first insert wins and both read it back.
 */
export function vapidKeys(db: Kysely<Database>, config: Pick<AppConfig, 'vapidPublicKey' | 'vapidPrivateKey'>, now: Date): Promise<VapidKeys> {
  if (config.vapidPublicKey && config.vapidPrivateKey) return Promise.resolve({ publicKey: config.vapidPublicKey, privateKey: config.vapidPrivateKey });
  let keys = resolved.get(db);
  if (!keys) {
    keys = loadOrCreate(db, now);
    keys.catch(() => resolved.delete(db));
    resolved.set(db, keys);
  }
  return keys;
}

async function loadOrCreate(db: Kysely<Database>, now: Date): Promise<VapidKeys> {
  const stored = storedKeysSchema.safeParse(await readSetting(db, KEY));
  if (stored.success) return stored.data;
  const fresh = webpush.generateVAPIDKeys();
  await db
    .insertInto('settings')
    .values({ key: KEY, value: JSON.stringify(fresh), updated_at: now.toISOString() })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const winner = storedKeysSchema.safeParse(await readSetting(db, KEY));
  if (!winner.success) throw new Error('VAPID keys could not be stored');
  return winner.data;
}
