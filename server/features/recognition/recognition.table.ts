import type { Selectable } from 'kysely';

export interface RecognitionsTable {
  id: string;
  person_id: string;
  manager_id: string | null;
  /** Kept so the person still sees who named them after the manager left. */
  manager_name: string;
  message: string;
  /** Issue 5's campaign; checked when named, without a foreign key (0006 was written while 0005 was built in parallel). */
  campaign_id: string | null;
  /** 1 once the person agreed that their team may see it. */
  share_with_team: number;
  decided_at: string | null;
  created_at: string;
}

export type RecognitionRow = Selectable<RecognitionsTable>;
