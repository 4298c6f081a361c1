import type { Selectable } from 'kysely';

/** Who changed what, when: one row per admin change. */
export interface AuditLogTable {
  id: string;
  /** Null once the admin's own data was erased. */
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  /** JSON with what changed (names, dates), never content blobs. */
  detail: string;
  at: string;
}

export type AuditRow = Selectable<AuditLogTable>;
