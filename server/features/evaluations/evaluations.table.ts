import type { Selectable } from 'kysely';

export interface EvaluationsTable {
  id: string;
  title_nl: string;
  title_en: string;
  /** JSON of EvaluationQuestion[]. */
  questions: string;
  /** JSON of EvaluationTrigger. */
  trigger: string;
  status: 'draft' | 'open' | 'closed';
  opened_at: string | null;
  created_at: string;
  updated_at: string;
}

/** That a person was shown one round of an evaluation, and whether they answered; never what. */
export interface EvaluationParticipationsTable {
  evaluation_id: string;
  person_id: string;
  round: number;
  shown_at: string;
  dismissed_at: string | null;
  reminded_at: string | null;
  /** YYYY-MM-DD only. */
  responded_on: string | null;
}

/** What someone answered: no person, no participation, the day only, and the filter facts copied at answering. */
export interface EvaluationResponsesTable {
  id: string;
  evaluation_id: string;
  answered_on: string;
  department_id: string | null;
  team_id: string | null;
  role: string | null;
  item_id: string | null;
  /** JSON of EvaluationAnswer[]. */
  answers: string;
}

/** A one-tap "useful / not useful" at the end of a micro-training, one per person and training. */
export interface TrainingReactionsTable {
  item_id: string;
  person_id: string;
  useful: number;
  reacted_at: string;
}

export type EvaluationRow = Selectable<EvaluationsTable>;
export type ParticipationRow = Selectable<EvaluationParticipationsTable>;
