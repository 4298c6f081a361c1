import type { Selectable } from 'kysely';

export interface PostersTable {
  id: string;
  campaign_id: string;
  /** Where it hangs, e.g. "Canteen, building A". */
  placement: string;
  /** The short link's code: /k/<code>; the same as its attribution source's code. */
  code: string;
  created_at: string;
}

export type PosterRow = Selectable<PostersTable>;
