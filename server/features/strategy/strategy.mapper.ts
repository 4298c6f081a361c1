import { inTreeOrder } from '../../../shared/domain/goals';
import type { Driver, Goal } from '../../../shared/schemas/strategy';
import { parseList, stringListSchema } from '../learning/targeting';
import type { DriverRow, GoalRow } from './strategy.table';

export const rowToDriver = (row: DriverRow): Driver => ({
  id: row.id,
  kind: row.kind,
  title: { nl: row.title_nl, en: row.title_en },
  explanation: { nl: row.explanation_nl, en: row.explanation_en },
});

export const rowToGoal = (row: GoalRow): Goal => ({
  id: row.id,
  level: row.level,
  departmentId: row.department_id,
  parentId: row.parent_id,
  title: { nl: row.title_nl, en: row.title_en },
  competencies: parseList(row.competencies, stringListSchema),
  itemIds: parseList(row.item_ids, stringListSchema),
  reached: row.reached_at !== null,
  agreedWithManager: row.agreed_with_manager === 1,
});

/** Goals as the API lists them: top-down, each followed by those that serve it. */
export const rowsToGoals = (rows: readonly GoalRow[]): Goal[] => inTreeOrder(rows.map(rowToGoal));
