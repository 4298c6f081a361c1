import type { Selectable } from 'kysely';
import type { ActivityKind } from '../../../shared/domain/learning-activity';

/** Every event applied, keyed by the id the device made, so a resend is recognised. */
export interface LearningEventsTable {
  id: string;
  person_id: string;
  /** What a phone reported, or what the server awarded (a finished path). */
  kind: ActivityKind;
  item_id: string | null;
  teaser_id: string | null;
  question_id: string | null;
  correct: number | null;
  /** For macro_part_done: which part (1-based). */
  part: number | null;
  /** Set on the event that earned points for a thing; unique per person. */
  award_key: string | null;
  occurred_at: string;
  time_zone: string;
  received_at: string;
  /** Points as valued when the event arrived; later changes to point values do not rewrite history. */
  points: number;
}

export type LearningEventRow = Selectable<LearningEventsTable>;
