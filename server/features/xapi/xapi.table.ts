import type { Selectable } from 'kysely';

/** xAPI statements waiting for (or sent to) the organisation's LRS; the id is the statement id. */
export interface XapiOutboxTable {
  id: string;
  person_id: string;
  /** The statement as JSON. */
  statement: string;
  created_at: string;
  attempts: number;
  next_attempt_at: string;
  sent_at: string | null;
  last_error: string | null;
}

export type XapiOutboxRow = Selectable<XapiOutboxTable>;
