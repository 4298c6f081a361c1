import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { StoriesTable, StoryRow } from './stories.table';

/** A story with what its author chose to show about themselves resolved later: their name and department. */
export type StoryWithAuthor = StoryRow & { author_name: string; department_name: string | null; author_team_id: string | null };

function withAuthor(db: Kysely<Database>) {
  return db
    .selectFrom('stories')
    .innerJoin('people', 'people.id', 'stories.author_id')
    .leftJoin('departments', 'departments.id', 'people.department_id')
    .selectAll('stories')
    .select(['people.name as author_name', 'departments.name as department_name', 'people.team_id as author_team_id']);
}

export async function insertStory(db: Kysely<Database>, row: StoriesTable): Promise<void> {
  await db.insertInto('stories').values(row).execute();
}

export async function findStory(db: Kysely<Database>, id: string): Promise<StoryWithAuthor | undefined> {
  return withAuthor(db).where('stories.id', '=', id).executeTakeFirst();
}

export async function findStoryByCode(db: Kysely<Database>, code: string): Promise<StoryWithAuthor | undefined> {
  return withAuthor(db).where('stories.code', '=', code).executeTakeFirst();
}

export async function listApprovedStories(db: Kysely<Database>, limit: number): Promise<StoryWithAuthor[]> {
  return withAuthor(db).where('stories.status', '=', 'approved').orderBy('stories.approved_at', 'desc').limit(limit).execute();
}

/** Approved stories by members of one team whose authors chose to be named: "shared by choice". */
export async function listNamedStoriesOfTeam(db: Kysely<Database>, teamId: string): Promise<StoryWithAuthor[]> {
  return withAuthor(db)
    .where('stories.status', '=', 'approved')
    .where('people.team_id', '=', teamId)
    .where('stories.display', '!=', 'anonymous')
    .orderBy('stories.approved_at', 'desc')
    .execute();
}

export async function listAllStories(db: Kysely<Database>): Promise<StoryWithAuthor[]> {
  return withAuthor(db).orderBy('stories.created_at', 'desc').execute();
}

export async function listStoriesOf(db: Kysely<Database>, authorId: string): Promise<StoryRow[]> {
  return db.selectFrom('stories').selectAll().where('author_id', '=', authorId).orderBy('created_at', 'desc').execute();
}

export async function updateStory(db: Kysely<Database>, id: string, change: Partial<StoriesTable>): Promise<void> {
  await db.updateTable('stories').set(change).where('id', '=', id).execute();
}

export async function deleteStory(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('stories').where('id', '=', id).execute();
}

/** Counts a start once per person: a second tap on "I want to learn this too" changes nothing. */
export async function insertStart(db: Kysely<Database>, row: { story_id: string; person_id: string; started_at: string }): Promise<void> {
  await db
    .insertInto('story_starts')
    .values(row)
    .onConflict((oc) => oc.columns(['story_id', 'person_id']).doNothing())
    .execute();
}

export async function insertShare(db: Kysely<Database>, row: { id: string; story_id: string; shared_at: string }): Promise<void> {
  await db.insertInto('story_shares').values(row).execute();
}

export async function listStartsOf(db: Kysely<Database>, personId: string) {
  return db.selectFrom('story_starts').select(['story_id', 'started_at']).where('person_id', '=', personId).orderBy('started_at').execute();
}
