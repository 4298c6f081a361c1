import type { Selectable } from 'kysely';
import type { PathPurpose } from '../../../shared/schemas/paths';

export interface LearningPathsTable {
  id: string;
  title_nl: string;
  title_en: string;
  purpose: PathPurpose;
  mandatory: number;
  /** YYYY-MM-DD or null. */
  due_date: string | null;
  /** JSON of TargetGroups. */
  target: string;
  /** A manager's path for their team; null for L&D's paths. */
  team_id: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface LearningPathItemsTable {
  path_id: string;
  item_id: string;
  position: number;
}

export interface PathCompletionsTable {
  path_id: string;
  person_id: string;
  completed_at: string;
}

export type PathRow = Selectable<LearningPathsTable>;
