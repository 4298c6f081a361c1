import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { AccessLog } from '../../../shared/schemas/works-council';

/** The views with someone else's personal data whose opening is recorded. */
export type RecordedView = 'people_list' | 'team_path_status' | 'nominations';

/**
 * Records that `viewerId` opened `view` showing these people's data. One
 * row per viewer, person, view and day: reopening a list the same day adds
 * nothing, so the log stays readable and small. Nobody is logged for
 * looking at their own data.
 */
export async function recordAccess(db: Kysely<Database>, viewerId: string, subjectIds: readonly string[], view: RecordedView, now: Date): Promise<void> {
  const subjects = [...new Set(subjectIds)].filter((id) => id !== viewerId);
  if (subjects.length === 0) return;
  const day = now.toISOString().slice(0, 10);
  const rows = subjects.map((subject_id) => ({ viewer_id: viewerId, subject_id, view, day, viewed_at: now.toISOString() }));
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('access_log')
      .values(rows.slice(i, i + 500))
      .onConflict((oc) => oc.columns(['subject_id', 'viewer_id', 'view', 'day']).doNothing())
      .execute();
  }
}

export async function accessLogOf(db: Kysely<Database>, personId: string): Promise<AccessLog> {
  const rows = await db
    .selectFrom('access_log as a')
    .innerJoin('people as v', 'v.id', 'a.viewer_id')
    .select(['v.name', 'v.role', 'a.view', 'a.viewed_at'])
    .where('a.subject_id', '=', personId)
    .orderBy('a.viewed_at', 'desc')
    .limit(500)
    .execute();
  return { entries: rows.map((r) => ({ viewerName: r.name, viewerRole: r.role, view: r.view, at: r.viewed_at })) };
}
