import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { recommend, type OfferPath } from '../../../shared/domain/recommendations';
import type { CatalogueEntry, MyOffer } from '../../../shared/schemas/offer';
import { intakeAnswerOf } from '../intake/intake.service';
import { itemAudience, parseList, stringListSchema } from '../learning/targeting';
import type { PersonRow } from '../people/people.table';
import { listItemCompletions, listPaths } from '../paths/paths.repository';
import { myPaths, pathAudience } from '../paths/paths.service';
import { listGoalsOf, listSharedGoals, listWiifm } from '../strategy/strategy.repository';
import { wiifmForPerson } from '../strategy/wiifm.service';
import { itemsVisibleTo } from '../teasers/visible-items';
import { audienceFactsFor } from '../target-groups/memberships';

/**
 * A person's learning offer: every training they may follow, their paths,
 * their WIIFM messages, and the order shared/domain/recommendations.ts gives
 * for their motivation. The app keeps it offline, searches it and, after a
 * training done offline, orders it again with the same function.
 */
export async function offerFor(db: Kysely<Database>, person: PersonRow, now: Date): Promise<MyOffer> {
  const [visible, answer, paths, allPaths, completions, ownGoals, sharedGoals, wiifm] = await Promise.all([
    itemsVisibleTo(db, person, now),
    intakeAnswerOf(db, person.id),
    myPaths(db, person, now),
    listPaths(db),
    listItemCompletions(db, [person.id]),
    listGoalsOf(db, person.id),
    listSharedGoals(db),
    listWiifm(db),
  ]);
  const done = new Set(completions.map((c) => c.item_id));
  const items: CatalogueEntry[] = [...visible.values()].map(({ item, texts }) => {
    return {
      id: item.id,
      kind: item.kind,
      durationMinutes: item.duration_minutes,
      competencies: parseList(item.competencies, stringListSchema),
      texts: texts.map((t) => ({ language: t.language, title: t.title, summary: t.summary })),
      publishedAt: item.published_at ?? '',
      updatedAt: item.updated_at,
      forRole: parseList(item.target_roles, stringListSchema).includes(person.role),
      done: done.has(item.id),
    };
  });
  const goalCompetencies = [
    ...new Set([...ownGoals, ...sharedGoals.filter((g) => g.department_id === person.department_id)].flatMap((g) => parseList(g.competencies, stringListSchema))),
  ];
  const offerPaths: OfferPath[] = allPaths.map(({ path, itemIds }) => ({
    id: path.id,
    purpose: path.purpose,
    mandatory: path.mandatory === 1,
    dueDate: path.due_date,
    itemIds,
    audience: pathAudience(path),
  }));
  const recommended = recommend({
    motivation: answer?.motivation ?? null,
    facts: await audienceFactsFor(db, person, offerPaths.map((p) => p.audience), now),
    items: [...visible.values()].map(({ item }) => ({
      id: item.id,
      audience: itemAudience(item),
      publishedAt: item.published_at ?? '',
      kind: item.kind,
      competencies: parseList(item.competencies, stringListSchema),
      forRole: parseList(item.target_roles, stringListSchema).includes(person.role),
    })),
    paths: offerPaths,
    goalCompetencies,
    done,
    nowIso: now.toISOString(),
  });
  return { motivation: answer?.motivation ?? null, goalCompetencies, wiifm: wiifmForPerson(wiifm, person, answer?.needs ?? []), items, paths, recommended };
}
