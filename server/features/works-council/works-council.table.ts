import type { MonthFigures } from '../../../shared/domain/activity-months';

/** The funnel's figures of one month (YYYY-MM), folded in before the events behind them are purged. */
export interface ActivityMonthsTable extends MonthFigures {
  folded_at: string;
}

/** Someone opened a view with another person's data (one row per viewer, person, view and day). */
export interface AccessLogTable {
  viewer_id: string;
  subject_id: string;
  view: string;
  /** YYYY-MM-DD (UTC) of the first look that day. */
  day: string;
  viewed_at: string;
}

/** A periodic task's run, claimed once across instances (e.g. the night of the purge). */
export interface TaskRunsTable {
  task: string;
  run_key: string;
  claimed_by: string;
  claimed_at: string;
  /** JSON of what the run did. */
  report: string | null;
}
