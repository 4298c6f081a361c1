import { ApiError } from '../../app/api';
import { useFeatureText } from '../../app/i18n';
import { strategyText } from './strategy-text';

/** The texts of the Strategie and Leerpaden tabs. */
export const useStrategyText = () => useFeatureText(strategyText);

/** A comma-separated list as typed in a field (competencies), without blanks. */
export const splitList = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** Refusals of goals and paths the tabs have their own words for (the rest: the workspace's). */
const REFUSALS = ['goal_cycle', 'parent_level', 'parent_required', 'unknown_parent', 'department_required', 'unknown_department', 'department_on_organisation_goal', 'unknown_item', 'due_date_in_past'] as const;
export type StrategyRefusal = (typeof REFUSALS)[number];

/** The refusal's code when these tabs word it, else null. */
export function strategyRefusal(error: unknown): StrategyRefusal | null {
  return error instanceof ApiError && (REFUSALS as readonly string[]).includes(error.code) ? (error.code as StrategyRefusal) : null;
}
