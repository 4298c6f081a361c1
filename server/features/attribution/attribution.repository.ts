import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { SourceKind } from '../../../shared/schemas/attribution';
import type { AttributionSourceRow } from './attribution.table';

export async function insertSource(db: Kysely<Database>, row: AttributionSourceRow): Promise<void> {
  await db.insertInto('attribution_sources').values(row).execute();
}

export async function findSourceByCode(db: Kysely<Database>, code: string): Promise<AttributionSourceRow | undefined> {
  return db.selectFrom('attribution_sources').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function findSourceOf(db: Kysely<Database>, kind: SourceKind, refId: string): Promise<AttributionSourceRow | undefined> {
  return db.selectFrom('attribution_sources').selectAll().where('kind', '=', kind).where('ref_id', '=', refId).executeTakeFirst();
}

export async function updateSourceOf(db: Kysely<Database>, kind: SourceKind, refId: string, change: { label?: string; campaign_id?: string | null }): Promise<void> {
  await db.updateTable('attribution_sources').set(change).where('kind', '=', kind).where('ref_id', '=', refId).execute();
}

/** Its visits and first touches go with it (ON DELETE CASCADE): the people it brought count as unattributed. */
export async function deleteSourceOf(db: Kysely<Database>, kind: SourceKind, refId: string): Promise<void> {
  await db.deleteFrom('attribution_sources').where('kind', '=', kind).where('ref_id', '=', refId).execute();
}

export async function insertVisit(db: Kysely<Database>, row: { id: string; source_id: string; visited_at: string }): Promise<void> {
  await db.insertInto('attribution_visits').values(row).execute();
}

/** Inserts the person's first touch unless they have one: the first source keeps the credit. */
export async function insertFirstTouch(db: Kysely<Database>, row: { person_id: string; source_id: string; touched_at: string }): Promise<void> {
  await db
    .insertInto('first_touches')
    .values(row)
    .onConflict((oc) => oc.column('person_id').doNothing())
    .execute();
}

export async function insertAcquisition(db: Kysely<Database>, row: { person_id: string; kind: 'install' | 'push_opt_in'; occurred_at: string }): Promise<void> {
  await db
    .insertInto('acquisition_events')
    .values(row)
    .onConflict((oc) => oc.columns(['person_id', 'kind']).doNothing())
    .execute();
}

export interface SourceCounts {
  visits: number;
  signUps: number;
  installs: number;
  pushOptIns: number;
}

/**
 * Visits, sign-ups (first touch), installs and push opt-ins per source of
 * one kind, keyed by the owner's id, in three grouped counts. Installs and
 * opt-ins count once per person, for the source that brought that person in.
 */
export async function countsOfSources(db: Kysely<Database>, kind: SourceKind, refIds: readonly string[]): Promise<Map<string, SourceCounts>> {
  const counts = new Map<string, SourceCounts>(refIds.map((id) => [id, { visits: 0, signUps: 0, installs: 0, pushOptIns: 0 }]));
  if (refIds.length === 0) return counts;
  const sources = db.selectFrom('attribution_sources').where('attribution_sources.kind', '=', kind).where('attribution_sources.ref_id', 'in', refIds);
  const [visits, signUps, events] = await Promise.all([
    sources
      .innerJoin('attribution_visits', 'attribution_visits.source_id', 'attribution_sources.id')
      .select(['attribution_sources.ref_id', (eb) => eb.fn.countAll<number | string>().as('n')])
      .groupBy('attribution_sources.ref_id')
      .execute(),
    sources
      .innerJoin('first_touches', 'first_touches.source_id', 'attribution_sources.id')
      .select(['attribution_sources.ref_id', (eb) => eb.fn.countAll<number | string>().as('n')])
      .groupBy('attribution_sources.ref_id')
      .execute(),
    sources
      .innerJoin('first_touches', 'first_touches.source_id', 'attribution_sources.id')
      .innerJoin('acquisition_events', 'acquisition_events.person_id', 'first_touches.person_id')
      .select(['attribution_sources.ref_id', 'acquisition_events.kind', (eb) => eb.fn.countAll<number | string>().as('n')])
      .groupBy(['attribution_sources.ref_id', 'acquisition_events.kind'])
      .execute(),
  ]);
  const set = (refId: string, key: keyof SourceCounts, n: number | string) => {
    const c = counts.get(refId);
    if (c) c[key] = Number(n);
  };
  for (const row of visits) set(row.ref_id, 'visits', row.n);
  for (const row of signUps) set(row.ref_id, 'signUps', row.n);
  for (const row of events) set(row.ref_id, row.kind === 'install' ? 'installs' : 'pushOptIns', row.n);
  return counts;
}
