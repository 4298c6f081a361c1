import type { Selectable } from 'kysely';
import type { Language } from '../../../shared/schemas/common';
import type { LearningKind } from '../../../shared/schemas/learning';

export interface LearningItemsTable {
  id: string;
  kind: LearningKind;
  duration_minutes: number;
  /** JSON array of strings. */
  competencies: string;
  /** JSON array of roles; empty means everyone. */
  target_roles: string;
  /** JSON array of department ids; empty means every department. */
  target_department_ids: string;
  macro_url: string | null;
  macro_parts: number | null;
  published_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface LearningItemTextsTable {
  item_id: string;
  language: Language;
  title: string;
  summary: string;
  /** JSON of MicroContent, for micro-trainings only. */
  micro_content: string | null;
}

export interface ClassroomSessionsTable {
  id: string;
  item_id: string;
  starts_at: string;
  ends_at: string;
  place: string;
  seats: number;
}

/** Registration order decides who has a seat: the first `seats` registrations do, the rest wait. */
export interface ClassroomRegistrationsTable {
  session_id: string;
  person_id: string;
  registered_at: string;
}

export interface ItemCompletionsTable {
  person_id: string;
  item_id: string;
  completed_at: string;
  source: 'app' | 'platform';
}

export type LearningItemRow = Selectable<LearningItemsTable>;
export type LearningItemTextRow = Selectable<LearningItemTextsTable>;
