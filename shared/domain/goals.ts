import type { GoalLevel } from '../schemas/strategy';

/*
 * Goals form a tree that reads top-down: organisation goals, the department
 * goals that serve them, the goals people set for themselves. A goal may
 * serve a goal of its own level or a higher one (a sub-goal), never a lower
 * one, and never, through any chain, itself.
 */

const RANK: Record<GoalLevel, number> = { organisation: 0, department: 1, individual: 2 };

export type GoalParentProblem = 'unknown_parent' | 'parent_level' | 'goal_cycle';

/**
 * What is wrong with letting goal `id` (of `level`) serve `parentId`, or null
 * when nothing is. `parents` holds every existing goal's level and parent.
 *
 * @example goalParentProblem(goals, 'a', 'organisation', 'b') // 'goal_cycle' when b already serves a
 */
export function goalParentProblem(
  goals: ReadonlyMap<string, { level: GoalLevel; parentId: string | null }>,
  id: string,
  level: GoalLevel,
  parentId: string,
): GoalParentProblem | null {
  const parent = goals.get(parentId);
  if (!parent) return 'unknown_parent';
  if (RANK[parent.level] > RANK[level]) return 'parent_level';
  const seen = new Set<string>();
  for (let at: string | null = parentId; at !== null; at = goals.get(at)?.parentId ?? null) {
    if (at === id || seen.has(at)) return 'goal_cycle';
    seen.add(at);
  }
  return null;
}

/**
 * Goals top-down, as "why we learn" reads: each goal followed by the goals
 * that serve it (depth first), siblings in the order given; a goal whose
 * parent is not in the list starts a tree of its own.
 *
 * @example inTreeOrder([child, parent]) // [parent, child]
 */
export function inTreeOrder<G extends { id: string; parentId: string | null }>(goals: readonly G[]): G[] {
  const ids = new Set(goals.map((g) => g.id));
  const children = new Map<string | null, G[]>();
  for (const goal of goals) {
    const parent = goal.parentId !== null && ids.has(goal.parentId) ? goal.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), goal]);
  }
  const ordered: G[] = [];
  const seen = new Set<string>();
  const visit = (goal: G) => {
    if (seen.has(goal.id)) return;
    seen.add(goal.id);
    ordered.push(goal);
    for (const child of children.get(goal.id) ?? []) visit(child);
  };
  for (const root of children.get(null) ?? []) visit(root);
  return ordered;
}
