import { learningItemSchema, type LearningItem, type LearningItemSummary } from '../../../shared/schemas/learning';
import { learningItemContract } from '../../../shared/contracts/learning';
import { call } from '../../app/api';
import { localDb } from '../../db/leerlust-db';

const PARALLEL_DOWNLOADS = 3;

export async function readCachedItem(id: string): Promise<LearningItem | null> {
  const row = await localDb.items.get(id);
  const parsed = row ? learningItemSchema.safeParse(row.item) : null;
  return parsed?.success ? parsed.data : null;
}

/** Fetches a training and keeps it for offline use, with its images warmed in the service worker's cache. */
export async function fetchItem(id: string): Promise<LearningItem> {
  const item = await call(learningItemContract, { params: { id } });
  await localDb.items.put({ id, item, updatedAt: item.updatedAt });
  warmImages(item);
  return item;
}

/** Downloads the trainings (of the feed, of the person's paths) that are new or changed since they were stored. */
export async function prefetchItems(summaries: ReadonlyArray<Pick<LearningItemSummary, 'id' | 'updatedAt'>>): Promise<void> {
  const stored = new Map((await localDb.items.bulkGet(summaries.map((s) => s.id))).flatMap((row) => (row ? [[row.id, row.updatedAt]] : [])));
  const stale = summaries.filter((s) => stored.get(s.id) !== s.updatedAt).map((s) => s.id);
  const workers = Array.from({ length: PARALLEL_DOWNLOADS }, async () => {
    for (let id = stale.shift(); id; id = stale.shift()) await fetchItem(id).catch(() => undefined);
  });
  await Promise.all(workers);
}

function warmImages(item: LearningItem): void {
  for (const card of item.micro?.cards ?? []) {
    if (card.kind === 'text' && card.imageUrl) void fetch(card.imageUrl).catch(() => undefined);
  }
}
