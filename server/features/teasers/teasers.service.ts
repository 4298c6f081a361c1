import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { pickLanguage } from '../../../shared/domain/localized';
import type { Teaser } from '../../../shared/schemas/teasers';
import { toItemSummary } from '../learning/learning.mapper';
import { listCompletedItemIds, listPublishedItems } from '../learning/learning.repository';
import { isTargetedAt } from '../learning/targeting';
import type { PersonRow } from '../people/people.table';
import { listOpenedTeaserIds, listPublishedTeaserTexts, type PublishedTeaserText } from './teasers.repository';

const FEED_SIZE = 50;

/**
 * A person's feed: teasers for trainings meant for them (by role and
 * department), in their language where it exists. What they have not done
 * comes first; what they completed sinks to the end.
 *
 * Targeting lives in JSON lists that SQL does not filter, so teasers are read
 * a page at a time until the feed is full: a run of newer teasers for other
 * departments must not push a person's own teasers out of their feed.
 */
export async function feedFor(db: Kysely<Database>, person: PersonRow, now: Date): Promise<Teaser[]> {
  const [completed, opened] = await Promise.all([
    listCompletedItemIds(db, person.id).then((ids) => new Set(ids)),
    listOpenedTeaserIds(db, person.id),
  ]);
  const teasers: Teaser[] = [];
  for (let offset = 0; teasers.length < FEED_SIZE; offset += FEED_SIZE) {
    const page = groupById(await listPublishedTeaserTexts(db, now, FEED_SIZE, offset));
    teasers.push(...(await visibleTeasers(db, person, page, now, { completed, opened })));
    if (page.size < FEED_SIZE) break;
  }
  return teasers.slice(0, FEED_SIZE).sort((a, b) => Number(a.done) - Number(b.done));
}

/** The teasers of one page this person may see, in the page's order. */
async function visibleTeasers(
  db: Kysely<Database>,
  person: PersonRow,
  page: Map<string, PublishedTeaserText[]>,
  now: Date,
  { completed, opened }: { completed: Set<string>; opened: Set<string> },
): Promise<Teaser[]> {
  const itemIds = [...new Set([...page.values()].flatMap((texts) => texts.flatMap((t) => (t.itemId ? [t.itemId] : []))))];
  const items = await listPublishedItems(db, now, itemIds);
  const itemsById = new Map(items.filter((i) => isTargetedAt(i.item, person)).map((i) => [i.item.id, i]));

  return [...page.values()].flatMap((texts): Teaser[] => {
    const picked = pickLanguage(texts, person.language);
    if (!picked) return [];
    const { text, isFallback } = picked;
    const item = text.itemId ? itemsById.get(text.itemId) : undefined;
    // A teaser for an item that is unpublished or meant for others is not shown at all.
    if (text.itemId && !item) return [];
    return [
      {
        id: text.id,
        hook: text.hook,
        callToAction: text.callToAction,
        language: text.language,
        isFallback,
        publishedAt: text.publishedAt,
        item: item ? toItemSummary(item, person.language) : null,
        isNew: !opened.has(text.id),
        done: text.itemId ? completed.has(text.itemId) : false,
      },
    ];
  });
}

function groupById(rows: PublishedTeaserText[]): Map<string, PublishedTeaserText[]> {
  const byId = new Map<string, PublishedTeaserText[]>();
  for (const row of rows) byId.set(row.id, [...(byId.get(row.id) ?? []), row]);
  return byId;
}
