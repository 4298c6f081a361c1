/** The weeks (ISO, the person's own zone) in which a person learned: the retained stage counts these. Personal. */
export interface LearningWeeksTable {
  person_id: string;
  week: string;
}

/** When a person first finished a training. Personal. */
export interface FunnelFirstsTable {
  person_id: string;
  first_training_at: string;
}

/** Plain counts per week, first-touch source ('' none) and team ('' none). */
export interface FunnelWeeksTable {
  week: string;
  source_id: string;
  team_id: string;
  joined: number;
  installed: number;
  reminders: number;
  first_trainings: number;
  active: number;
  retained: number;
}

export interface FunnelVisitWeeksTable {
  week: string;
  source_id: string;
  visits: number;
}

export interface FunnelTrainingsTable {
  item_id: string;
  started: number;
  completed: number;
  median_minutes: number | null;
  reactions: number;
  useful: number;
}

export interface FunnelStateTable {
  id: string;
  folded_through: string;
  folded_at: string;
}
