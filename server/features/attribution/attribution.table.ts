import type { Selectable } from 'kysely';
import type { SourceKind } from '../../../shared/schemas/attribution';

/**
 * Something that brings people in: a poster, a channel link, a story, a
 * journey step. Its owner keeps its own row (posters, links…); this one
 * carries what attribution needs: the kind, the owner's id, the campaign,
 * a label for the figures and the short code its link carries.
 */
export interface AttributionSourcesTable {
  id: string;
  kind: SourceKind;
  ref_id: string;
  campaign_id: string | null;
  label: string;
  code: string;
  created_at: string;
}

/** One visit (a scan, a click, an open): a source and a moment, nothing about who or which device. */
export interface AttributionVisitsTable {
  id: string;
  source_id: string;
  visited_at: string;
}

/** The source that brought a person in (first touch, never overwritten). */
export interface FirstTouchesTable {
  person_id: string;
  source_id: string;
  touched_at: string;
}

/** A person's first install (service-worker activation) and first push opt-in; credited to their first touch. */
export interface AcquisitionEventsTable {
  person_id: string;
  kind: 'install' | 'push_opt_in';
  occurred_at: string;
}

export type AttributionSourceRow = Selectable<AttributionSourcesTable>;
