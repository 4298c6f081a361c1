import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { PosterFigures } from '../../../shared/schemas/campaigns';
import { countsOfSources } from '../attribution/attribution.repository';
import type { PosterRow } from './posters.table';

export async function listPostersOf(db: Kysely<Database>, campaignIds: readonly string[]): Promise<PosterRow[]> {
  if (campaignIds.length === 0) return [];
  return db.selectFrom('posters').selectAll().where('campaign_id', 'in', campaignIds).orderBy('created_at').orderBy('placement').orderBy('id').execute();
}

export async function findPosterByCode(db: Kysely<Database>, code: string): Promise<PosterRow | undefined> {
  return db.selectFrom('posters').selectAll().where('code', '=', code).executeTakeFirst();
}

/** Scans (a poster's visits), sign-ups (first touch), installs and push opt-ins per poster, as attribution counts them. */
export async function figuresOf(db: Kysely<Database>, posterIds: readonly string[]): Promise<Map<string, PosterFigures>> {
  const counts = await countsOfSources(db, 'poster', posterIds);
  return new Map([...counts].map(([id, c]) => [id, { scans: c.visits, signUps: c.signUps, installs: c.installs, pushOptIns: c.pushOptIns }]));
}
