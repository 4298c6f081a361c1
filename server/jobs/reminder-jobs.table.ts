import type { ColumnType, Selectable } from 'kysely';

/** A learning-moment reminder due at one slot occurrence, claimed by one server instance at a time. */
export interface ReminderJobsTable {
  id: string;
  person_id: string;
  occurrence_at: string;
  due_at: string;
  expires_at: string;
  claimed_at: string | null;
  claimed_by: string | null;
  attempt: ColumnType<number, number | undefined, number>;
  done_at: string | null;
  /** sent | inbox | capped | quiet | left | dropped | no_moment */
  outcome: string | null;
  last_error: string | null;
}

export type ReminderJobRow = Selectable<ReminderJobsTable>;
