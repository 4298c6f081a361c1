import MiniSearch from 'minisearch';
import type { CatalogueEntry } from '../../../shared/schemas/offer';

/*
 * Offline search over the person's catalogue with MiniSearch (a small,
 * well-kept full-text library): by title, summary and competency, in both
 * languages at once, so a Dutch word finds an English-only training's Dutch
 * twin and the other way round. Prefix and light fuzzy matching forgive a
 * half-typed or misspelt word on a phone keyboard. This module (and the
 * library) loads only with the catalogue screen.
 */

export interface CatalogueIndex {
  search(query: string): string[];
}

/** Builds the index once per offer; search answers ids, best match first. */
export function buildCatalogueIndex(items: readonly CatalogueEntry[]): CatalogueIndex {
  const index = new MiniSearch<{ id: string; title: string; summary: string; competencies: string }>({
    fields: ['title', 'summary', 'competencies'],
    searchOptions: { boost: { title: 3, competencies: 2 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' },
  });
  index.addAll(
    items.map((item) => ({
      id: item.id,
      title: item.texts.map((t) => t.title).join(' \n '),
      summary: item.texts.map((t) => t.summary).join(' \n '),
      competencies: item.competencies.join(' \n '),
    })),
  );
  return { search: (query) => index.search(query).map((result) => String(result.id)) };
}
