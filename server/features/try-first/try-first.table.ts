import type { Selectable } from 'kysely';

/** A try pass: issued when someone opens a training from a kick-off page without an account (see migration 0021). */
export interface TryPassesTable {
  id: string;
  item_id: string;
  /** The poster (or other source) code of the kick-off page it was opened from. */
  source_code: string | null;
  issued_at: string;
  /** Who claimed the tried progress after joining; null until then. */
  claimed_by: string | null;
  claimed_at: string | null;
}

export type TryPassRow = Selectable<TryPassesTable>;
