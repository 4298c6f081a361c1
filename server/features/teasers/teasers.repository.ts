import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { Language } from '../../../shared/schemas/common';

export interface PublishedTeaserText {
  id: string;
  itemId: string | null;
  publishedAt: string;
  language: Language;
  hook: string;
  callToAction: string;
}

/**
 * Texts of one page of published teasers (those with a text), every language,
 * newest first: `limit` teasers from the `offset`-th on.
 */
export async function listPublishedTeaserTexts(db: Kysely<Database>, now: Date, limit: number, offset = 0): Promise<PublishedTeaserText[]> {
  const newest = db
    .selectFrom('teasers')
    .select('id')
    .where('published_at', '<=', now.toISOString())
    .where(({ exists, selectFrom }) => exists(selectFrom('teaser_texts').select('teaser_id').whereRef('teaser_texts.teaser_id', '=', 'teasers.id')))
    .orderBy('published_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .offset(offset);
  return db
    .selectFrom('teasers')
    .innerJoin('teaser_texts', 'teaser_texts.teaser_id', 'teasers.id')
    .select([
      'teasers.id as id',
      'teasers.item_id as itemId',
      'teasers.published_at as publishedAt',
      'teaser_texts.language as language',
      'teaser_texts.hook as hook',
      'teaser_texts.call_to_action as callToAction',
    ])
    .where('teasers.id', 'in', newest)
    .$narrowType<{ publishedAt: string }>()
    .orderBy('teasers.published_at', 'desc')
    .orderBy('teasers.id')
    .execute();
}

export async function listOpenedTeaserIds(db: Kysely<Database>, personId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('learning_events')
    .select('teaser_id')
    .where('person_id', '=', personId)
    .where('kind', '=', 'teaser_opened')
    .execute();
  return new Set(rows.flatMap((r) => (r.teaser_id ? [r.teaser_id] : [])));
}
