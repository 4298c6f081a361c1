import type * as z from 'zod/mini';
import type { Me } from '../../shared/schemas/people';
import type { Progress } from '../../shared/schemas/progress';
import type { Feed } from '../../shared/schemas/teasers';
import type { MyOffer } from '../../shared/schemas/offer';
import type { WhyWeLearn } from '../../shared/schemas/strategy';
import { localDb, type CachedDocument } from './leerlust-db';

interface Documents {
  me: Me;
  feed: Feed;
  progress: Progress;
  offer: MyOffer;
  'why-we-learn': WhyWeLearn;
}

/** Each document's schema, fetched (with zod) only when a document has to be checked again. */
const documentSchemas: { [K in CachedDocument['key']]: () => Promise<z.ZodMiniType<Documents[K]>> } = {
  me: () => import('../../shared/schemas/people').then((m) => m.meSchema),
  feed: () => import('../../shared/schemas/teasers').then((m) => m.feedSchema),
  progress: () => import('../../shared/schemas/progress').then((m) => m.progressSchema),
  offer: () => import('../../shared/schemas/offer').then((m) => m.myOfferSchema),
  'why-we-learn': () => import('../../shared/schemas/strategy').then((m) => m.whyWeLearnSchema),
};

/**
 * A document is written only after its answer was checked against the schemas
 * of this build, and stamped with them. Read back by the same build it is
 * used as it is, so the first screen paints from the cache without
 * downloading zod; one an older app version wrote is checked again.
 */
const SCHEMA_STAMP = import.meta.env.LEERLUST_SCHEMA_STAMP;

/** Reads a cached document, or null when missing or no longer of the expected shape (an older app version wrote it). */
export async function readDocument<K extends CachedDocument['key']>(key: K): Promise<Documents[K] | null> {
  const row = await localDb.documents.get(key);
  if (!row) return null;
  if (SCHEMA_STAMP !== undefined && row.schemaStamp === SCHEMA_STAMP) return row.value as Documents[K];
  const parsed = (await documentSchemas[key]()).safeParse(row.value);
  return parsed.success ? parsed.data : null;
}

/** Keeps a document; `value` must be a checked answer (call() parses every answer with its contract's schema). */
export async function writeDocument<K extends CachedDocument['key']>(key: K, value: Documents[K]): Promise<void> {
  await localDb.documents.put({ key, value, storedAt: Date.now(), ...(SCHEMA_STAMP !== undefined && { schemaStamp: SCHEMA_STAMP }) });
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
