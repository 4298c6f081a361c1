import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { Role } from '../../../shared/schemas/people';
import type { GoalsTable, GoalRow, StrategyDriversTable, WiifmMessagesTable, WiifmRow } from './strategy.table';

export async function listDrivers(db: Kysely<Database>) {
  return db.selectFrom('strategy_drivers').selectAll().orderBy('position').execute();
}

export async function replaceDrivers(db: Kysely<Database>, rows: StrategyDriversTable[]): Promise<void> {
  await db.deleteFrom('strategy_drivers').execute();
  if (rows.length > 0) await db.insertInto('strategy_drivers').values(rows).execute();
}

/** Organisation and department goals (everything but people's own). */
export async function listSharedGoals(db: Kysely<Database>): Promise<GoalRow[]> {
  return db.selectFrom('goals').selectAll().where('level', '!=', 'individual').orderBy('created_at').orderBy('id').execute();
}

export async function listGoalsOf(db: Kysely<Database>, personId: string): Promise<GoalRow[]> {
  return db.selectFrom('goals').selectAll().where('person_id', '=', personId).orderBy('created_at').orderBy('id').execute();
}

/** Every goal's level and parent, for the cycle check: a chain may pass through anyone's goals. */
export async function listGoalParents(db: Kysely<Database>) {
  return db.selectFrom('goals').select(['id', 'level', 'parent_id']).execute();
}

export async function findGoal(db: Kysely<Database>, id: string): Promise<GoalRow | undefined> {
  return db.selectFrom('goals').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertGoal(db: Kysely<Database>, row: GoalsTable): Promise<GoalRow> {
  return db.insertInto('goals').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateGoal(db: Kysely<Database>, id: string, update: Partial<GoalsTable>): Promise<GoalRow | undefined> {
  return db.updateTable('goals').set(update).where('id', '=', id).returningAll().executeTakeFirst();
}

export async function deleteGoal(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db.deleteFrom('goals').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function listWiifm(db: Kysely<Database>): Promise<WiifmRow[]> {
  return db.selectFrom('wiifm_messages').selectAll().execute();
}

export async function upsertWiifm(db: Kysely<Database>, row: WiifmMessagesTable): Promise<void> {
  await db
    .insertInto('wiifm_messages')
    .values(row)
    .onConflict((oc) => oc.columns(['group_kind', 'group_id', 'need']).doUpdateSet({ text_nl: row.text_nl, text_en: row.text_en, updated_at: row.updated_at }))
    .execute();
}

export async function listRoleCompetencies(db: Kysely<Database>) {
  return db.selectFrom('role_competencies').selectAll().execute();
}

export async function upsertRoleCompetencies(db: Kysely<Database>, role: Role, job: string, market: string): Promise<void> {
  await db
    .insertInto('role_competencies')
    .values({ role, job, market })
    .onConflict((oc) => oc.column('role').doUpdateSet({ job, market }))
    .execute();
}

/** How many people (still here) are in each target group of each kind. */
export async function countPeopleByGroup(db: Kysely<Database>) {
  const people = await db.selectFrom('people').select(['role', 'language', 'department_id', 'team_id']).where('left_at', 'is', null).execute();
  const [departments, teams, campaignTargets] = await Promise.all([
    db.selectFrom('departments').select(['id', 'name']).orderBy('name').execute(),
    db.selectFrom('teams').select(['id', 'name']).orderBy('name').execute(),
    // Campaigns name the locations their posters hang at: each is a target group of its own.
    db.selectFrom('campaigns').select('target').execute(),
  ]);
  return { people, departments, teams, campaignTargets };
}
