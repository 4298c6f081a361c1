import type { Selectable } from 'kysely';
import type { CompetitionRule } from '../../../shared/schemas/rewards';

export interface CompetitionsTable {
  id: string;
  rule: CompetitionRule;
  title: string;
  prize_id: string;
  starts_at: string;
  ends_at: string;
  /** JSON array of department ids; empty: everyone but admins. */
  target_department_ids: string;
  /** JSON arrays of team ids, roles and languages (migration 0008); each narrows when not empty. */
  target_team_ids: string;
  target_roles: string;
  target_languages: string;
  /** Saved target groups (JSON list): in at least one of them. */
  target_group_ids: string;
  winners: number;
  tickets_per_week: number;
  ticket_cap: number;
  milestone_weeks: number;
  /** Raffle: hex of 32 random bytes, secret until settled_at. */
  seed: string | null;
  /** Raffle: SHA-256 of the seed, public from the start. */
  commitment: string | null;
  /** Raffle: HMAC key that turns person ids into holder codes; never published. */
  pseudonym_key: string | null;
  /** Raffle: the published ticket list (JSON TicketHolder[]), fixed at the draw. */
  ticket_list: string | null;
  /** Raffle: the winners' holder codes in draw order (JSON string[]). */
  drawn_winners: string | null;
  settled_at: string | null;
  created_at: string;
}

export interface AwardsTable {
  id: string;
  competition_id: string;
  person_id: string;
  prize_id: string;
  position: number;
  awarded_at: string;
  /** The in-app notice was seen. */
  seen_at: string | null;
  claimed_at: string | null;
  handed_over_at: string | null;
}

export type CompetitionRow = Selectable<CompetitionsTable>;
export type AwardRow = Selectable<AwardsTable>;
