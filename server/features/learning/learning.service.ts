import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { notFound } from '../../http/app-error';
import type { LearningItem } from '../../../shared/schemas/learning';
import type { PersonRow } from '../people/people.table';
import { sessionsForItem } from './classroom.service';
import { microContentOf, toItemSummary } from './learning.mapper';
import { countMacroPartsDone, findItem, type ItemWithTexts } from './learning.repository';
import type { LearningItemRow } from './learning.table';
import { isInAudience } from '../../../shared/domain/audience';
import { audienceFactsOf, NO_SAVED_GROUPS } from '../people/audience-facts';
import { itemAudience } from './targeting';
import { ambassadorCreditFor } from '../ideas/ambassadors.repository';

export function isPublished(item: LearningItemRow, now: Date): boolean {
  return item.published_at !== null && item.published_at <= now.toISOString();
}

/** A published item meant for this person, or 404: people never learn of items not meant for them. */
export async function visibleItem(db: Kysely<Database>, person: PersonRow, itemId: string, now: Date): Promise<ItemWithTexts> {
  const found = await findItem(db, itemId);
  if (!found || !isPublished(found.item, now) || !isInAudience(itemAudience(found.item), audienceFactsOf(person, NO_SAVED_GROUPS))) throw notFound('Training');
  return found;
}

/** Everything needed to open a training: cards, the platform link and progress, or the sessions. */
export async function itemForPerson(db: Kysely<Database>, person: PersonRow, itemId: string, now: Date): Promise<LearningItem> {
  const found = await visibleItem(db, person, itemId, now);
  const summary = toItemSummary(found, person.language);
  if (!summary) throw notFound('Training');
  const { item } = found;
  const completion = await db
    .selectFrom('item_completions')
    .select('item_id')
    .where('person_id', '=', person.id)
    .where('item_id', '=', itemId)
    .executeTakeFirst();
  const parts = item.macro_parts ?? 1;
  return {
    ...summary,
    micro: item.kind === 'micro' ? microContentOf(found, person.language) : null,
    macro:
      item.kind === 'macro' && item.macro_url
        ? { url: item.macro_url, parts, partsDone: Math.min(parts, await countMacroPartsDone(db, person.id, itemId)) }
        : null,
    sessions: item.kind === 'classroom' ? await sessionsForItem(db, itemId, person.id) : [],
    completed: completion !== undefined,
    credit: await ambassadorCreditFor(db, 'item', itemId),
  };
}
