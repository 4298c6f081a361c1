import type { Selectable } from 'kysely';
import type { MomentForm } from '../../../shared/schemas/moments';

/** A person's own weekly learning moment; without a row the organisation's default applies. */
export interface LearningMomentsTable {
  person_id: string;
  /** JSON array of ISO weekdays. */
  weekdays: string;
  start_time: string;
  duration_minutes: number;
  form: MomentForm;
  topic: string | null;
  updated_at: string;
}

export type LearningMomentRow = Selectable<LearningMomentsTable>;
