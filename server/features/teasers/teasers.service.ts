import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { pickLanguage } from '../../../shared/domain/localized';
import type { Teaser } from '../../../shared/schemas/teasers';
import { toItemSummary } from '../learning/learning.mapper';
import { isTargetedAt } from '../learning/targeting';
import type { PersonRow } from '../people/people.table';
import { currentCatalogue, type CatalogueTeaser } from './catalogue';
import { listPersonalFeedFacts } from './teasers.repository';

const FEED_SIZE = 50;

/**
 * A person's feed: teasers for trainings meant for them (by role and
 * department), in their language where it exists, newest first. What they
 * have not done comes first; what they completed sinks to the end.
 * The catalogue comes from memory (see catalogue.ts); per request only the
 * person's own completions and opened teasers are read.
 */
export async function feedFor(db: Kysely<Database>, person: PersonRow, now: Date): Promise<Teaser[]> {
  const [catalogue, facts] = await Promise.all([currentCatalogue(db), listPersonalFeedFacts(db, person.id)]);
  const nowIso = now.toISOString();
  const teasers: Teaser[] = [];
  for (const teaser of catalogue.teasers) {
    if (teasers.length === FEED_SIZE) break;
    if (teaser.publishedAt > nowIso) continue;
    const entry = toFeedEntry(teaser, catalogue.items, person, nowIso, facts);
    if (entry) teasers.push(entry);
  }
  return teasers.sort((a, b) => Number(a.done) - Number(b.done));
}

function toFeedEntry(
  teaser: CatalogueTeaser,
  items: Awaited<ReturnType<typeof currentCatalogue>>['items'],
  person: PersonRow,
  nowIso: string,
  facts: { completedItemIds: Set<string>; openedTeaserIds: Set<string> },
): Teaser | null {
  const picked = pickLanguage(teaser.texts, person.language);
  if (!picked) return null;
  const item = teaser.itemId ? items.get(teaser.itemId) : undefined;
  // A teaser for an item that is unpublished or meant for others is not shown at all.
  if (teaser.itemId && (!item || (item.item.published_at ?? '') > nowIso || !isTargetedAt(item.item, person))) return null;
  return {
    id: teaser.id,
    hook: picked.text.hook,
    callToAction: picked.text.callToAction,
    language: picked.text.language,
    isFallback: picked.isFallback,
    publishedAt: teaser.publishedAt,
    item: item ? toItemSummary(item, person.language) : null,
    isNew: !facts.openedTeaserIds.has(teaser.id),
    done: teaser.itemId ? facts.completedItemIds.has(teaser.itemId) : false,
  };
}
