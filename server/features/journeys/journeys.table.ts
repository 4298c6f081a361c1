import type { ColumnType, Selectable } from 'kysely';

/** A drip journey: its checked definition (trigger, steps, goal, catch-up window) and its audience, both JSON, or the saved group it is for. */
export interface JourneysTable {
  id: string;
  name: string;
  status: 'draft' | 'active' | 'paused';
  definition: string;
  audience: string;
  /** The saved target group (target_groups.id) whose rules decide who may enter; null: `audience` decides. */
  group_id: string | null;
  created_at: string;
  updated_at: string;
  activated_at: string | null;
}

/** One person in one journey (once: the key holds against a second entry). */
export interface JourneyEntriesTable {
  journey_id: string;
  person_id: string;
  entered_at: string;
  exited_at: string | null;
  exit_reason: string | null;
}

/** One step for one person, claimed by one instance at a time; the key (journey, person, step) is unique. */
export interface JourneyJobsTable {
  id: string;
  journey_id: string;
  person_id: string;
  step_id: string;
  channel: string | null;
  due_at: string;
  first_due_at: string;
  claimed_at: string | null;
  claimed_by: string | null;
  attempt: ColumnType<number, number | undefined, number>;
  done_at: string | null;
  outcome: string | null;
  last_error: string | null;
  link_code: string | null;
  clicked_at: string | null;
}

/** A budgeted message that leaves no pushed notification behind (a journey e-mail or in-app card): the weekly budget counts it. */
export interface DeliveryLedgerTable {
  id: string;
  person_id: string;
  channel: string;
  source: string;
  sent_at: string;
}

export type JourneyRow = Selectable<JourneysTable>;
export type JourneyJobRow = Selectable<JourneyJobsTable>;
