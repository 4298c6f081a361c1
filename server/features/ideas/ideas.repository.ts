import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { IdeaRow, IdeasTable } from './ideas.table';

export type IdeaWithCounts = IdeaRow & { supporters: number; supported_by_me: number };

/** Ideas with their number of supporters and whether `viewerId` is one, in one query. */
function withCounts(db: Kysely<Database>, viewerId: string) {
  return db
    .selectFrom('ideas')
    .selectAll('ideas')
    .select((eb) => [
      eb.selectFrom('idea_votes').whereRef('idea_votes.idea_id', '=', 'ideas.id').select(eb.fn.countAll<number | string>().as('n')).as('supporters'),
      eb.selectFrom('idea_votes').whereRef('idea_votes.idea_id', '=', 'ideas.id').where('idea_votes.person_id', '=', viewerId).select(eb.fn.countAll<number | string>().as('n')).as('supported_by_me'),
    ]);
}

const numeric = (row: IdeaRow & { supporters: unknown; supported_by_me: unknown }): IdeaWithCounts => ({
  ...row,
  supporters: Number(row.supporters ?? 0),
  supported_by_me: Number(row.supported_by_me ?? 0),
});

export async function listIdeas(db: Kysely<Database>, viewerId: string): Promise<IdeaWithCounts[]> {
  return (await withCounts(db, viewerId).orderBy('ideas.created_at', 'desc').execute()).map(numeric);
}

export async function findIdea(db: Kysely<Database>, id: string, viewerId: string): Promise<IdeaWithCounts | undefined> {
  const row = await withCounts(db, viewerId).where('ideas.id', '=', id).executeTakeFirst();
  return row ? numeric(row) : undefined;
}

export async function insertIdea(db: Kysely<Database>, row: IdeasTable): Promise<void> {
  await db.insertInto('ideas').values(row).execute();
}

/** Sets a new status; answers whether it changed, so a repeated status tells nobody again. */
export async function changeIdeaStatus(db: Kysely<Database>, id: string, change: Pick<IdeasTable, 'status' | 'answer' | 'status_changed_at'>): Promise<boolean> {
  const result = await db.updateTable('ideas').set(change).where('id', '=', id).where('status', '!=', change.status).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function updateIdeaAnswer(db: Kysely<Database>, id: string, answer: string | null): Promise<void> {
  await db.updateTable('ideas').set({ answer }).where('id', '=', id).execute();
}

/** Inserts a vote; false when the person had voted already. */
export async function insertVote(db: Kysely<Database>, row: { idea_id: string; person_id: string; voted_at: string }): Promise<boolean> {
  const result = await db
    .insertInto('idea_votes')
    .values(row)
    .onConflict((oc) => oc.columns(['idea_id', 'person_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function deleteVote(db: Kysely<Database>, ideaId: string, personId: string): Promise<boolean> {
  const result = await db.deleteFrom('idea_votes').where('idea_id', '=', ideaId).where('person_id', '=', personId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The author and every supporter, each once, who are still with the organisation. */
export async function listAuthorAndSupporters(db: Kysely<Database>, ideaId: string) {
  return db
    .selectFrom('people')
    .selectAll()
    .where('left_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('id', 'in', eb.selectFrom('ideas').select('author_id').where('id', '=', ideaId)),
        eb('id', 'in', eb.selectFrom('idea_votes').select('person_id').where('idea_id', '=', ideaId)),
      ]),
    )
    .execute();
}

export async function listIdeasOf(db: Kysely<Database>, personId: string) {
  return db.selectFrom('ideas').selectAll().where('author_id', '=', personId).orderBy('created_at').execute();
}

export async function listVotesOf(db: Kysely<Database>, personId: string) {
  return db.selectFrom('idea_votes').select(['idea_id', 'voted_at']).where('person_id', '=', personId).orderBy('voted_at').execute();
}
