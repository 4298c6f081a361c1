import type { Selectable } from 'kysely';
import type { DriverKind, GoalLevel, Need, WiifmGroupKind } from '../../../shared/schemas/strategy';
import type { Role } from '../../../shared/schemas/people';

export interface StrategyDriversTable {
  id: string;
  kind: DriverKind;
  title_nl: string;
  title_en: string;
  explanation_nl: string;
  explanation_en: string;
  position: number;
}

export interface GoalsTable {
  id: string;
  level: GoalLevel;
  /** Department goals only. */
  department_id: string | null;
  /** Individual goals only: whose goal it is. */
  person_id: string | null;
  parent_id: string | null;
  title_nl: string;
  /** An individual goal is written once, in the person's words: both titles are the same. */
  title_en: string;
  /** JSON array of strings. */
  competencies: string;
  /** JSON array of learning item ids. */
  item_ids: string;
  agreed_with_manager: number;
  reached_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface WiifmMessagesTable {
  group_kind: WiifmGroupKind;
  /** A department or team id, a role, or a language. */
  group_id: string;
  need: Need;
  text_nl: string;
  text_en: string;
  updated_at: string;
}

export interface RoleCompetenciesTable {
  role: Role;
  /** JSON arrays: what matters in the job, and on the labour market. */
  job: string;
  market: string;
}

export type DriverRow = Selectable<StrategyDriversTable>;
export type GoalRow = Selectable<GoalsTable>;
export type WiifmRow = Selectable<WiifmMessagesTable>;
