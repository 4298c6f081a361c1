import type * as z from 'zod/mini';
import { localDb, type CachedDocument } from './leerlust-db';

/** Reads a cached document, or null when missing or no longer of the expected shape (an older app version wrote it). */
export async function readDocument<S extends z.ZodMiniType>(key: CachedDocument['key'], schema: S): Promise<z.infer<S> | null> {
  const row = await localDb.documents.get(key);
  const parsed = row ? schema.safeParse(row.value) : null;
  return parsed?.success ? parsed.data : null;
}

export async function writeDocument(key: CachedDocument['key'], value: unknown): Promise<void> {
  await localDb.documents.put({ key, value, storedAt: Date.now() });
}

/**
 * When someone else signs in on this phone, the previous person's cached
 * feed and trainings go. Their unsent outbox entries stay: they are theirs
 * and are sent when they sign in again.
 */
export async function forgetCachedContent(): Promise<void> {
  await localDb.transaction('rw', localDb.documents, localDb.items, async () => {
    await localDb.documents.clear();
    await localDb.items.clear();
  });
}
