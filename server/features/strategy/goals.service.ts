import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { goalParentProblem } from '../../../shared/domain/goals';
import type { Goal, GoalInput, GoalLevel, MyGoalInput, MyGoalUpdate } from '../../../shared/schemas/strategy';
import { AppError, notFound } from '../../http/app-error';
import { recordAudit } from '../audit/audit.service';
import type { PersonRow } from '../people/people.table';
import { publishedItems } from '../teasers/visible-items';
import { rowToGoal } from './strategy.mapper';
import { deleteGoal, findGoal, insertGoal, listGoalParents, updateGoal } from './strategy.repository';
import type { GoalRow } from './strategy.table';

const PARENT_MESSAGES = {
  unknown_parent: 'The goal it serves does not exist',
  parent_level: 'A goal can serve a goal of its own level or a higher one',
  goal_cycle: 'A goal cannot serve itself, not even through other goals',
} as const;

/** Refuses a parent that does not exist, sits lower, or would close a loop (422). */
async function checkParent(db: Kysely<Database>, id: string, level: GoalLevel, parentId: string | null | undefined, personId?: string) {
  if (!parentId) return;
  const rows = await listGoalParents(db);
  const goals = new Map(rows.map((r) => [r.id, { level: r.level, parentId: r.parent_id }]));
  const problem = goalParentProblem(goals, id, level, parentId);
  if (problem) throw new AppError(422, problem, PARENT_MESSAGES[problem]);
  // Someone's own goal is theirs: nobody else's goal can serve it.
  const parent = await findGoal(db, parentId);
  if (parent?.level === 'individual' && parent.person_id !== personId) throw new AppError(422, 'unknown_parent', PARENT_MESSAGES.unknown_parent);
}

async function checkSharedGoal(db: Kysely<Database>, id: string, input: GoalInput, now: Date): Promise<void> {
  if (input.level === 'organisation' && input.departmentId) throw new AppError(422, 'department_on_organisation_goal', 'An organisation goal has no department');
  if (input.level === 'department') {
    if (!input.departmentId) throw new AppError(422, 'department_required', 'Say which department the goal is for');
    if (!input.parentId) throw new AppError(422, 'parent_required', 'Say which organisation goal a department goal serves');
    const department = await db.selectFrom('departments').select('id').where('id', '=', input.departmentId).executeTakeFirst();
    if (!department) throw new AppError(422, 'unknown_department', 'No such department');
  }
  await checkParent(db, id, input.level, input.parentId);
  const published = await publishedItems(db, now);
  const unknown = input.itemIds.filter((itemId) => !published.has(itemId));
  if (unknown.length > 0) throw new AppError(422, 'unknown_item', `Not a published training: ${unknown.join(', ')}`);
}

const sharedGoalColumns = (input: GoalInput) => ({
  level: input.level,
  department_id: input.level === 'department' ? (input.departmentId ?? null) : null,
  parent_id: input.parentId ?? null,
  title_nl: input.title.nl,
  title_en: input.title.en,
  competencies: JSON.stringify(input.competencies),
  item_ids: JSON.stringify(input.itemIds),
});

export async function createSharedGoal(db: Kysely<Database>, admin: PersonRow, input: GoalInput, now: Date): Promise<Goal> {
  const id = randomUUID();
  await checkSharedGoal(db, id, input, now);
  const at = now.toISOString();
  const row = await db.transaction().execute(async (trx) => {
    const inserted = await insertGoal(trx, { id, person_id: null, agreed_with_manager: 0, reached_at: null, created_at: at, updated_at: at, ...sharedGoalColumns(input) });
    await recordAudit(trx, { actorId: admin.id, action: 'goal.create', entityType: 'goal', entityId: id, detail: { level: input.level } }, now);
    return inserted;
  });
  return rowToGoal(row);
}

export async function updateSharedGoal(db: Kysely<Database>, admin: PersonRow, id: string, input: GoalInput, now: Date): Promise<Goal> {
  const existing = await findGoal(db, id);
  if (!existing || existing.level === 'individual') throw notFound('Goal');
  await checkSharedGoal(db, id, input, now);
  const row = await db.transaction().execute(async (trx) => {
    const updated = await updateGoal(trx, id, { ...sharedGoalColumns(input), updated_at: now.toISOString() });
    await recordAudit(trx, { actorId: admin.id, action: 'goal.update', entityType: 'goal', entityId: id }, now);
    return updated;
  });
  if (!row) throw notFound('Goal');
  return rowToGoal(row);
}

export async function deleteSharedGoal(db: Kysely<Database>, admin: PersonRow, id: string, now: Date): Promise<void> {
  const existing = await findGoal(db, id);
  if (!existing || existing.level === 'individual') throw notFound('Goal');
  await db.transaction().execute(async (trx) => {
    await deleteGoal(trx, id);
    await recordAudit(trx, { actorId: admin.id, action: 'goal.delete', entityType: 'goal', entityId: id }, now);
  });
}

async function ownGoal(db: Kysely<Database>, person: PersonRow, id: string): Promise<GoalRow> {
  const goal = await findGoal(db, id);
  // Someone else's goal does not exist for you.
  if (!goal || goal.person_id !== person.id) throw notFound('Goal');
  return goal;
}

export async function createMyGoal(db: Kysely<Database>, person: PersonRow, input: MyGoalInput, now: Date): Promise<Goal> {
  const id = randomUUID();
  await checkParent(db, id, 'individual', input.parentId, person.id);
  const at = now.toISOString();
  const row = await insertGoal(db, {
    id,
    level: 'individual',
    department_id: null,
    person_id: person.id,
    parent_id: input.parentId ?? null,
    title_nl: input.title,
    title_en: input.title,
    competencies: JSON.stringify(input.competencies),
    item_ids: '[]',
    agreed_with_manager: input.agreedWithManager ? 1 : 0,
    reached_at: null,
    created_at: at,
    updated_at: at,
  });
  return rowToGoal(row);
}

export async function updateMyGoal(db: Kysely<Database>, person: PersonRow, id: string, input: MyGoalUpdate, now: Date): Promise<Goal> {
  const goal = await ownGoal(db, person, id);
  if (input.parentId !== undefined) await checkParent(db, id, 'individual', input.parentId, person.id);
  const row = await updateGoal(db, id, {
    ...(input.title !== undefined && { title_nl: input.title, title_en: input.title }),
    ...(input.parentId !== undefined && { parent_id: input.parentId }),
    ...(input.competencies !== undefined && { competencies: JSON.stringify(input.competencies) }),
    ...(input.agreedWithManager !== undefined && { agreed_with_manager: input.agreedWithManager ? 1 : 0 }),
    // Marking it reached again keeps the first moment it was reached.
    ...(input.reached !== undefined && { reached_at: input.reached ? (goal.reached_at ?? now.toISOString()) : null }),
    updated_at: now.toISOString(),
  });
  if (!row) throw notFound('Goal');
  return rowToGoal(row);
}

export async function deleteMyGoal(db: Kysely<Database>, person: PersonRow, id: string): Promise<void> {
  await ownGoal(db, person, id);
  await deleteGoal(db, id);
}
