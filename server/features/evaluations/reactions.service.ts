import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { notFound } from '../../http/app-error';
import { pickLanguage } from '../../../shared/domain/localized';
import type { Language } from '../../../shared/schemas/common';
import type { PersonRow } from '../people/people.table';
import { itemsVisibleTo, publishedItems } from '../teasers/visible-items';
import { countReactions, saveReaction } from './evaluations.repository';

/** One reaction per person and training: a second tap changes it, never counts twice. */
export async function reactToTraining(db: Kysely<Database>, person: PersonRow, itemId: string, useful: boolean, now: Date): Promise<void> {
  if (!(await itemsVisibleTo(db, person, now)).has(itemId)) throw notFound('Training');
  await saveReaction(db, { item_id: itemId, person_id: person.id, useful: useful ? 1 : 0, reacted_at: now.toISOString() });
}

export async function reactionsPerTraining(db: Kysely<Database>, now: Date, language: Language) {
  const [rows, items] = await Promise.all([countReactions(db), publishedItems(db, now)]);
  const counts = new Map<string, { useful: number; notUseful: number }>();
  for (const row of rows) {
    const entry = counts.get(row.item_id) ?? { useful: 0, notUseful: 0 };
    if (row.useful === 1) entry.useful += Number(row.n);
    else entry.notUseful += Number(row.n);
    counts.set(row.item_id, entry);
  }
  const trainings = [...counts].map(([itemId, c]) => ({ itemId, title: pickLanguage(items.get(itemId)?.texts ?? [], language)?.text.title ?? '', ...c }));
  return { trainings: trainings.sort((a, b) => b.notUseful - a.notUseful || a.title.localeCompare(b.title)) };
}
