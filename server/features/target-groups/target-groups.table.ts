import type { Selectable } from 'kysely';

export interface TargetGroupsTable {
  id: string;
  name: string;
  /** JSON of GroupRules (shared/schemas/target-groups.ts): match and conditions. */
  rules: string;
  created_at: string;
  updated_at: string;
}

export type TargetGroupRow = Selectable<TargetGroupsTable>;
