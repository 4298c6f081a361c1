import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { Goal, GoalWithItems, WhyWeLearn } from '../../../shared/schemas/strategy';
import { toItemSummary } from '../learning/learning.mapper';
import type { ItemWithTexts } from '../learning/learning.repository';
import { intakeAnswerOf } from '../intake/intake.service';
import type { PersonRow } from '../people/people.table';
import { parseList, stringListSchema } from '../learning/targeting';
import { itemsVisibleTo } from '../teasers/visible-items';
import { rowsToGoals, rowToDriver } from './strategy.mapper';
import { listDrivers, listGoalsOf, listRoleCompetencies, listSharedGoals, listWiifm } from './strategy.repository';
import { roleExpectation } from './strategy.service';
import { wiifmForPerson } from './wiifm.service';

/** An own goal lists at most this many trainings: a hint where to start, not a second catalogue. */
const MAX_OWN_GOAL_TRAININGS = 5;

/**
 * "Why we learn", top-down for one person: the organisation's drivers and
 * goals, their department's goals, their own goals; each goal with the
 * trainings that serve it that this person may follow.
 */
export async function whyWeLearnFor(db: Kysely<Database>, person: PersonRow, now: Date): Promise<WhyWeLearn> {
  const [drivers, shared, mine, messages, competencies, visible, answer] = await Promise.all([
    listDrivers(db),
    listSharedGoals(db),
    listGoalsOf(db, person.id),
    listWiifm(db),
    listRoleCompetencies(db),
    itemsVisibleTo(db, person, now),
    intakeAnswerOf(db, person.id),
  ]);
  const summaries = (ids: Iterable<string>) =>
    [...ids].flatMap((id) => {
      const entry: ItemWithTexts | undefined = visible.get(id);
      const summary = entry ? toItemSummary(entry, person.language) : null;
      return summary ? [summary] : [];
    });
  const withItems = (goal: Goal): GoalWithItems => ({ ...goal, items: summaries(goal.itemIds) });
  // A person names no trainings for their own goal, only competencies: the trainings they may follow that teach one serve it.
  const byCompetency = (goal: Goal): GoalWithItems => {
    const wanted = new Set(goal.competencies.map((c) => c.toLocaleLowerCase()));
    const ids = [...visible.values()].filter(({ item }) => parseList(item.competencies, stringListSchema).some((c) => wanted.has(c.toLocaleLowerCase()))).map(({ item }) => item.id);
    return { ...goal, items: summaries(ids.slice(0, MAX_OWN_GOAL_TRAININGS)) };
  };
  return {
    drivers: drivers.map(rowToDriver),
    organisationGoals: rowsToGoals(shared.filter((g) => g.level === 'organisation')).map(withItems),
    departmentGoals: rowsToGoals(shared.filter((g) => g.level === 'department' && g.department_id === person.department_id)).map(withItems),
    myGoals: rowsToGoals(mine).map(byCompetency),
    wiifm: wiifmForPerson(messages, person, answer?.needs ?? []),
    expectations: roleExpectation(person.role, visible.values(), competencies.find((c) => c.role === person.role), person.language),
  };
}
