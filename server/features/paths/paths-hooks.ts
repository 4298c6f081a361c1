import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { isInAudience } from '../../../shared/domain/audience';
import { pointsFor } from '../../../shared/domain/points';
import type { ItemCompletedEvent } from '../../http/app-env';
import { insertEventIfNew } from '../progress/events.repository';
import { loadPointValues } from '../settings/point-values';
import { insertPathCompletion, listPathsWithItem } from './paths.repository';
import { pathAudience } from './paths.service';
import { audienceFactsFor } from '../target-groups/memberships';

/**
 * How paths react to other features (wired in server/app-hooks.ts). When a
 * person first completes a training, every path of theirs that holds it and
 * now has all its trainings done is finished, in the same transaction as
 * the completion. The completion arrives once (the sync applies each event
 * once and calls this only for a new completion), and the primary key of
 * path_completions keeps a path finished once even if two devices finish
 * its last two trainings at the same moment.
 *
 * Finishing earns points as every other award does: an event in the log
 * with the award key `path:<id>`, unique per person, so the points come
 * once even if a path were ever recorded finished twice.
 */
export const pathsHooks = {
  async itemCompleted(db: Kysely<Database>, event: ItemCompletedEvent): Promise<void> {
    const paths = await listPathsWithItem(db, event.itemId);
    if (paths.length === 0) return;
    const person = await db.selectFrom('people').select(['id', 'role', 'language', 'department_id', 'team_id', 'time_zone']).where('id', '=', event.personId).executeTakeFirst();
    if (!person) return;
    const facts = await audienceFactsFor(db, person, paths.map(({ path }) => pathAudience(path)), new Date(event.at));
    const done = new Set(
      (await db.selectFrom('item_completions').select('item_id').where('person_id', '=', event.personId).execute()).map((r) => r.item_id),
    );
    for (const { path, itemIds } of paths) {
      if (!isInAudience(pathAudience(path), facts) || !itemIds.every((id) => done.has(id))) continue;
      if (await insertPathCompletion(db, path.id, event.personId, event.at)) await awardPathPoints(db, event, path.id, person.time_zone);
    }
  },
};

async function awardPathPoints(db: Kysely<Database>, event: ItemCompletedEvent, pathId: string, timeZone: string): Promise<void> {
  const points = pointsFor('path_completed', await loadPointValues(db));
  await insertEventIfNew(db, {
    id: randomUUID(),
    person_id: event.personId,
    kind: 'path_completed',
    item_id: null,
    teaser_id: null,
    question_id: null,
    correct: null,
    part: null,
    award_key: `path:${pathId}`,
    // The moment the last training was done, where the person lives: the week the points belong to.
    occurred_at: event.at,
    time_zone: timeZone,
    // The hook is given no clock: the moment of the completion that finished the path stands in.
    received_at: event.at,
    points,
  });
}
