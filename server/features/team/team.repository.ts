import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { TeamRecommendationsTable } from './team.table';

/** Counts over a set of people since a moment; no row about any one of them leaves this query. */
export async function teamActivity(db: Kysely<Database>, personIds: readonly string[], since: string) {
  if (personIds.length === 0) return { active: 0, activities: 0, completions: [] as string[] };
  const [active, activities, completions] = await Promise.all([
    db
      .selectFrom('learning_events')
      .select((eb) => eb.fn.count<number | string>('person_id').distinct().as('n'))
      .where('person_id', 'in', personIds)
      .where('occurred_at', '>=', since)
      .where('kind', '!=', 'notification_opened')
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('learning_events')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('person_id', 'in', personIds)
      .where('occurred_at', '>=', since)
      .where('kind', '!=', 'notification_opened')
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('item_completions')
      .innerJoin('learning_items', 'learning_items.id', 'item_completions.item_id')
      .select('learning_items.competencies')
      .where('item_completions.person_id', 'in', personIds)
      .where('item_completions.completed_at', '>=', since)
      .execute(),
  ]);
  return { active: Number(active.n), activities: Number(activities.n), completions: completions.map((c) => c.competencies) };
}

export async function insertRecommendation(db: Kysely<Database>, row: TeamRecommendationsTable): Promise<void> {
  await db.insertInto('team_recommendations').values(row).execute();
}

export async function listRecommendations(db: Kysely<Database>, teamId: string, limit: number) {
  return db
    .selectFrom('team_recommendations')
    .innerJoin('people', 'people.id', 'team_recommendations.manager_id')
    .selectAll('team_recommendations')
    .select('people.name as manager_name')
    .where('team_recommendations.team_id', '=', teamId)
    .orderBy('team_recommendations.created_at', 'desc')
    .limit(limit)
    .execute();
}

export async function findTeamName(db: Kysely<Database>, teamId: string): Promise<string | null> {
  return (await db.selectFrom('teams').select('name').where('id', '=', teamId).executeTakeFirst())?.name ?? null;
}

export async function findPathTitles(db: Kysely<Database>, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('learning_paths').select(['id', 'title_nl', 'title_en', 'team_id']).where('id', 'in', ids).execute();
}
