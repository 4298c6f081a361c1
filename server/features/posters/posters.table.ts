import type { Selectable } from 'kysely';

export interface PostersTable {
  id: string;
  campaign_id: string;
  /** Where it hangs, e.g. "Canteen, building A". */
  placement: string;
  /** The short link's code: /k/<code>. */
  code: string;
  created_at: string;
}

/** One scan: a poster and a moment, nothing about who scanned. */
export interface PosterScansTable {
  id: string;
  poster_id: string;
  scanned_at: string;
}

/** The poster that brought a person in (first touch, never overwritten). */
export interface PosterAttributionsTable {
  person_id: string;
  poster_id: string;
  attributed_at: string;
}

/** A person's first install (service-worker activation) and push opt-in; counted per attributed poster. */
export interface AcquisitionEventsTable {
  person_id: string;
  kind: 'install' | 'push_opt_in';
  occurred_at: string;
}

export type PosterRow = Selectable<PostersTable>;
