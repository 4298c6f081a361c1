import { sql, type Insertable, type Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { AmbassadorDraftsTable, AmbassadorRow, AmbassadorsTable } from './ideas.table';

export async function findAmbassador(db: Kysely<Database>, personId: string): Promise<AmbassadorRow | undefined> {
  return db.selectFrom('ambassadors').selectAll().where('person_id', '=', personId).executeTakeFirst();
}

export async function saveAmbassador(db: Kysely<Database>, row: AmbassadorsTable): Promise<void> {
  const { person_id: _, ...change } = row;
  await db
    .insertInto('ambassadors')
    .values(row)
    .onConflict((oc) => oc.column('person_id').doUpdateSet(change))
    .execute();
}

/**
 * People L&D may consider: those who opted in to it or to the individual
 * leaderboard, still with the organisation, with their activities of the
 * last 90 days, most active first.
 */
export async function listCandidates(db: Kysely<Database>, since: string, limit: number) {
  return db
    .selectFrom('people')
    .leftJoin('ambassadors', 'ambassadors.person_id', 'people.id')
    .select((eb) => [
      'people.id',
      'people.name',
      'ambassadors.invited_at',
      'ambassadors.accepted_at',
      eb
        .selectFrom('learning_events')
        .whereRef('learning_events.person_id', '=', 'people.id')
        .where('learning_events.occurred_at', '>=', since)
        .select(eb.fn.countAll<number | string>().as('n'))
        .as('activities'),
    ])
    .where('people.left_at', 'is', null)
    .where((eb) => eb.or([eb('ambassadors.considered', '=', 1), eb('ambassadors.accepted_at', 'is not', null), eb.exists(eb.selectFrom('leaderboard_opt_ins').select(sql`1`.as('one')).whereRef('leaderboard_opt_ins.person_id', '=', 'people.id'))]))
    .orderBy('activities', 'desc')
    .orderBy('people.name')
    .limit(limit)
    .execute();
}

export async function insertDraft(db: Kysely<Database>, row: Insertable<AmbassadorDraftsTable>): Promise<void> {
  await db.insertInto('ambassador_drafts').values(row).execute();
}

export async function listDrafts(db: Kysely<Database>) {
  return db
    .selectFrom('ambassador_drafts')
    .innerJoin('people', 'people.id', 'ambassador_drafts.author_id')
    .leftJoin('ambassadors', 'ambassadors.person_id', 'ambassador_drafts.author_id')
    .selectAll('ambassador_drafts')
    .select(['people.name as author_name', 'ambassadors.show_authorship'])
    .orderBy('ambassador_drafts.created_at', 'desc')
    .execute();
}

export async function markDraftReviewed(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db.updateTable('ambassador_drafts').set({ status: 'reviewed' }).where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function listDraftsOf(db: Kysely<Database>, personId: string) {
  return db.selectFrom('ambassador_drafts').selectAll().where('author_id', '=', personId).orderBy('created_at').execute();
}

export async function findDraft(db: Kysely<Database>, id: string) {
  return db.selectFrom('ambassador_drafts').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Records what L&D made of the draft; false when it was made into something already (the first one stands). */
export async function markDraftAdopted(db: Kysely<Database>, id: string, adopted: { kind: 'teaser' | 'item'; id: string }, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('ambassador_drafts')
    .set({ status: 'reviewed', adopted_kind: adopted.kind, adopted_id: adopted.id, adopted_at: now.toISOString() })
    .where('id', '=', id)
    .where('adopted_id', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * The ambassador a teaser or training came from, by name, only while they
 * are an ambassador who wants their authorship shown; null otherwise
 * (leaving the role or turning authorship off removes the credit at once).
 */
export async function ambassadorCreditFor(db: Kysely<Database>, kind: 'teaser' | 'item', id: string): Promise<string | null> {
  const row = await db
    .selectFrom('ambassador_drafts')
    .innerJoin('people', 'people.id', 'ambassador_drafts.author_id')
    .innerJoin('ambassadors', 'ambassadors.person_id', 'ambassador_drafts.author_id')
    .select('people.name')
    .where('ambassador_drafts.adopted_kind', '=', kind)
    .where('ambassador_drafts.adopted_id', '=', id)
    .where('ambassadors.show_authorship', '=', 1)
    .where('ambassadors.accepted_at', 'is not', null)
    .executeTakeFirst();
  return row?.name ?? null;
}
