import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { pickLanguage } from '../../../shared/domain/localized';
import type { Language } from '../../../shared/schemas/common';
import type { Teaser } from '../../../shared/schemas/teasers';
import { listPublishedTeaserTexts, type PublishedTeaserText } from './teasers.repository';

const FEED_SIZE = 50;

/** The feed in the person's language, falling back per teaser to the other language. */
export async function feedFor(db: Kysely<Database>, language: Language, now: Date): Promise<Teaser[]> {
  const rows = await listPublishedTeaserTexts(db, now, FEED_SIZE);
  const byTeaser = new Map<string, PublishedTeaserText[]>();
  for (const row of rows) byTeaser.set(row.id, [...(byTeaser.get(row.id) ?? []), row]);
  return [...byTeaser.values()].flatMap((texts) => {
    const picked = pickLanguage(texts, language);
    if (!picked) return [];
    const { text, isFallback } = picked;
    return [{ id: text.id, hook: text.hook, callToAction: text.callToAction, language: text.language, isFallback, publishedAt: text.publishedAt }];
  });
}
