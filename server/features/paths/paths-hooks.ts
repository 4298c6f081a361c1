import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { isInAudience } from '../../../shared/domain/audience';
import type { ItemCompletedEvent } from '../../http/app-env';
import { audienceFactsOf } from '../people/audience-facts';
import { insertPathCompletion, listPathsWithItem } from './paths.repository';
import { pathAudience } from './paths.service';

/**
 * How paths react to other features (wired in server/app-hooks.ts). When a
 * person first completes a training, every path of theirs that holds it and
 * now has all its trainings done is finished, in the same transaction as
 * the completion. The completion arrives once (the sync applies each event
 * once and calls this only for a new completion), and the primary key of
 * path_completions keeps a path finished once even if two devices finish
 * its last two trainings at the same moment.
 */
export const pathsHooks = {
  async itemCompleted(db: Kysely<Database>, event: ItemCompletedEvent): Promise<void> {
    const paths = await listPathsWithItem(db, event.itemId);
    if (paths.length === 0) return;
    const person = await db.selectFrom('people').select(['role', 'language', 'department_id', 'team_id']).where('id', '=', event.personId).executeTakeFirst();
    if (!person) return;
    const facts = audienceFactsOf(person);
    const done = new Set(
      (await db.selectFrom('item_completions').select('item_id').where('person_id', '=', event.personId).execute()).map((r) => r.item_id),
    );
    for (const { path, itemIds } of paths) {
      if (isInAudience(pathAudience(path), facts) && itemIds.every((id) => done.has(id))) {
        await insertPathCompletion(db, path.id, event.personId, event.at);
      }
    }
  },
};
