import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';

/** What the feed needs to know of one person, in one round trip: trainings completed and teasers opened. */
export interface PersonalFeedFacts {
  completedItemIds: Set<string>;
  openedTeaserIds: Set<string>;
}

/** What each person completed and which teasers they opened, in one query for all of them. */
export async function listPersonalFeedFacts(db: Kysely<Database>, personIds: readonly string[]): Promise<Map<string, PersonalFeedFacts>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('item_completions')
    .select((eb) => ['person_id', eb.val('completed').as('fact'), 'item_id as id'])
    .where('person_id', 'in', personIds)
    .unionAll(
      db
        .selectFrom('learning_events')
        .select((eb) => ['person_id', eb.val('opened').as('fact'), 'teaser_id as id'])
        .where('person_id', 'in', personIds)
        .where('kind', '=', 'teaser_opened')
        .where('teaser_id', 'is not', null)
        .$narrowType<{ id: string }>(),
    )
    .execute();
  const facts = new Map(personIds.map((id) => [id, { completedItemIds: new Set<string>(), openedTeaserIds: new Set<string>() }]));
  for (const row of rows) {
    const own = facts.get(row.person_id);
    (row.fact === 'completed' ? own?.completedItemIds : own?.openedTeaserIds)?.add(row.id);
  }
  return facts;
}
