import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';

/** What the feed needs to know of one person, in one round trip: trainings completed and teasers opened. */
export async function listPersonalFeedFacts(
  db: Kysely<Database>,
  personId: string,
): Promise<{ completedItemIds: Set<string>; openedTeaserIds: Set<string> }> {
  const rows = await db
    .selectFrom('item_completions')
    .select((eb) => [eb.val('completed').as('fact'), 'item_id as id'])
    .where('person_id', '=', personId)
    .unionAll(
      db
        .selectFrom('learning_events')
        .select((eb) => [eb.val('opened').as('fact'), 'teaser_id as id'])
        .where('person_id', '=', personId)
        .where('kind', '=', 'teaser_opened')
        .where('teaser_id', 'is not', null)
        .$narrowType<{ id: string }>(),
    )
    .execute();
  const completedItemIds = new Set<string>();
  const openedTeaserIds = new Set<string>();
  for (const row of rows) (row.fact === 'completed' ? completedItemIds : openedTeaserIds).add(row.id);
  return { completedItemIds, openedTeaserIds };
}
