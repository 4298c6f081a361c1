/** The month's team e-mail, sent once per team and month. */
export interface TeamEmailsTable {
  team_id: string;
  /** YYYY-MM. */
  month: string;
  sent_by: string | null;
  sent_at: string;
  recipients: number;
}

/** A manager's recommendation of one training or one path to their team. */
export interface TeamRecommendationsTable {
  id: string;
  team_id: string;
  manager_id: string;
  item_id: string | null;
  path_id: string | null;
  note: string | null;
  created_at: string;
}
