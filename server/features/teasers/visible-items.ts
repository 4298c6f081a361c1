import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { isInAudience } from '../../../shared/domain/audience';
import type { ItemWithTexts } from '../learning/learning.repository';
import { itemAudience } from '../learning/targeting';
import { audienceFactsOf, NO_SAVED_GROUPS } from '../people/audience-facts';
import type { PersonRow } from '../people/people.table';
import { currentCatalogue } from './catalogue';

/**
 * The published trainings `person` may follow (their audience holds them),
 * from the in-memory catalogue: for lists that show the offer beside the
 * feed (why we learn, the catalogue, learning paths).
 */
export async function itemsVisibleTo(db: Kysely<Database>, person: PersonRow, now: Date): Promise<Map<string, ItemWithTexts>> {
  const { catalogue } = await currentCatalogue(db);
  // A training's own audience is roles and departments: it names no saved group.
  const facts = audienceFactsOf(person, NO_SAVED_GROUPS);
  const nowIso = now.toISOString();
  const visible = new Map<string, ItemWithTexts>();
  for (const [id, entry] of catalogue.items) {
    if ((entry.item.published_at ?? '') <= nowIso && isInAudience(itemAudience(entry.item), facts)) visible.set(id, entry);
  }
  return visible;
}

/** Every published training (whoever it is for), for authoring paths and goals. */
export async function publishedItems(db: Kysely<Database>, now: Date): Promise<Map<string, ItemWithTexts>> {
  const { catalogue } = await currentCatalogue(db);
  const nowIso = now.toISOString();
  return new Map([...catalogue.items].filter(([, entry]) => (entry.item.published_at ?? '') <= nowIso));
}
