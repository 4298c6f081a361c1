import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { PosterFigures } from '../../../shared/schemas/campaigns';
import type { PosterRow } from './posters.table';

export async function listPostersOf(db: Kysely<Database>, campaignIds: readonly string[]): Promise<PosterRow[]> {
  if (campaignIds.length === 0) return [];
  return db.selectFrom('posters').selectAll().where('campaign_id', 'in', campaignIds).orderBy('created_at').orderBy('placement').orderBy('id').execute();
}

export async function findPosterByCode(db: Kysely<Database>, code: string): Promise<PosterRow | undefined> {
  return db.selectFrom('posters').selectAll().where('code', '=', code).executeTakeFirst();
}

/**
 * Scans, sign-ups (first touch), installs and push opt-ins per poster, in
 * four grouped counts. Installs and opt-ins count once per person, for the
 * poster that brought that person in.
 */
export async function figuresOf(db: Kysely<Database>, posterIds: readonly string[]): Promise<Map<string, PosterFigures>> {
  const figures = new Map<string, PosterFigures>(posterIds.map((id) => [id, { scans: 0, signUps: 0, installs: 0, pushOptIns: 0 }]));
  if (posterIds.length === 0) return figures;
  const [scans, signUps, events] = await Promise.all([
    db
      .selectFrom('poster_scans')
      .select(['poster_id', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('poster_id', 'in', posterIds)
      .groupBy('poster_id')
      .execute(),
    db
      .selectFrom('poster_attributions')
      .select(['poster_id', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('poster_id', 'in', posterIds)
      .groupBy('poster_id')
      .execute(),
    db
      .selectFrom('acquisition_events')
      .innerJoin('poster_attributions', 'poster_attributions.person_id', 'acquisition_events.person_id')
      .select(['poster_attributions.poster_id', 'acquisition_events.kind', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('poster_attributions.poster_id', 'in', posterIds)
      .groupBy(['poster_attributions.poster_id', 'acquisition_events.kind'])
      .execute(),
  ]);
  const set = (posterId: string, key: keyof PosterFigures, n: number | string) => {
    const f = figures.get(posterId);
    if (f) f[key] = Number(n);
  };
  for (const row of scans) set(row.poster_id, 'scans', row.n);
  for (const row of signUps) set(row.poster_id, 'signUps', row.n);
  for (const row of events) set(row.poster_id, row.kind === 'install' ? 'installs' : 'pushOptIns', row.n);
  return figures;
}
