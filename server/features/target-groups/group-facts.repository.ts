import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { activityKinds, countsForStreak } from '../../../shared/domain/learning-activity';
import { computeStreak } from '../../../shared/domain/streak';
import type { GroupFacts, GroupRule } from '../../../shared/domain/target-group';
import { intakeAnswerSchema } from '../../../shared/schemas/intake';
import type { PersonRow } from '../people/people.table';

/*
 * The facts group rules read, for everyone still here, in a few bulk
 * queries. Only what the rules at hand test is loaded: a group of a
 * department does not read anyone's learning events.
 */

const streakKinds = activityKinds.filter(countsForStreak);
const DAY_MS = 24 * 60 * 60 * 1000;

export type GroupPerson = Pick<PersonRow, 'id' | 'name' | 'email' | 'role' | 'language' | 'department_id' | 'team_id' | 'joined_at' | 'time_zone'>;
export interface PersonWithFacts {
  person: GroupPerson;
  facts: GroupFacts;
}

type Need = 'installed' | 'reminders' | 'intake' | 'activity' | 'streak' | 'completedItems' | 'completedPaths' | 'registrations';

const NEEDS_OF: Partial<Record<GroupRule['kind'], Need>> = {
  installed: 'installed',
  reminders: 'reminders',
  intake_need: 'intake',
  intake_motivation: 'intake',
  active_within: 'activity',
  inactive_for: 'activity',
  streak_at_least: 'streak',
  completed_item: 'completedItems',
  completed_path: 'completedPaths',
  registered_session: 'registrations',
};

function needsOf(rule: GroupRule, into: Set<Need>): Set<Need> {
  if (rule.kind === 'all' || rule.kind === 'any') for (const r of rule.rules) needsOf(r, into);
  else if (rule.kind === 'not') needsOf(rule.rule, into);
  else {
    const need = NEEDS_OF[rule.kind];
    if (need) into.add(need);
  }
  return into;
}

const grouped = <R>(rows: readonly R[], key: (r: R) => string, value: (r: R) => string) => {
  const map = new Map<string, string[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), value(row)]);
  return map;
};

function intakeOf(answer: string | null): { needs: string[]; motivation: string | null } {
  if (answer === null) return { needs: [], motivation: null };
  try {
    const parsed = intakeAnswerSchema.safeParse(JSON.parse(answer));
    return parsed.success ? { needs: parsed.data.needs, motivation: parsed.data.motivation } : { needs: [], motivation: null };
  } catch {
    return { needs: [], motivation: null };
  }
}

/**
 * Everyone who has not left (or, given `onlyIds`, those of them), with the facts the given rules need (the rest
 * stay at their empty value, which those rules do not read). One person's facts are a handful of indexed reads:
 * what the feed asks when content is aimed at a saved group.
 */
export async function peopleWithFacts(db: Kysely<Database>, rules: readonly GroupRule[], now: Date, onlyIds: readonly string[] | null = null): Promise<PersonWithFacts[]> {
  if (onlyIds !== null && onlyIds.length === 0) return [];
  const needs = new Set<Need>();
  for (const rule of rules) needsOf(rule, needs);
  const people = await db
    .selectFrom('people')
    .select(['id', 'name', 'email', 'role', 'language', 'department_id', 'team_id', 'joined_at', 'time_zone'])
    .where('left_at', 'is', null)
    .$if(onlyIds !== null, (qb) => qb.where('id', 'in', onlyIds ?? []))
    .orderBy('name')
    .orderBy('id')
    .execute();
  const none = Promise.resolve([] as never[]);
  const [installs, moments, intakes, events, completions, paths, registrations] = await Promise.all([
    needs.has('installed') ? db.selectFrom('acquisition_events').select('person_id').where('kind', '=', 'install').$if(onlyIds !== null, (qb) => qb.where('person_id', 'in', onlyIds ?? [])).execute() : none,
    needs.has('reminders') ? db.selectFrom('learning_moments').select('person_id').$if(onlyIds !== null, (qb) => qb.where('person_id', 'in', onlyIds ?? [])).execute() : none,
    needs.has('intake') ? db.selectFrom('intakes').select(['person_id', 'answer']).where('answer', 'is not', null).$if(onlyIds !== null, (qb) => qb.where('person_id', 'in', onlyIds ?? [])).execute() : none,
    needs.has('activity') || needs.has('streak')
      ? db.selectFrom('learning_events').select(['person_id', 'occurred_at', 'time_zone']).where('kind', 'in', streakKinds).$if(onlyIds !== null, (qb) => qb.where('person_id', 'in', onlyIds ?? [])).execute()
      : none,
    needs.has('completedItems') ? db.selectFrom('item_completions').select(['person_id', 'item_id']).$if(onlyIds !== null, (qb) => qb.where('person_id', 'in', onlyIds ?? [])).execute() : none,
    needs.has('completedPaths') ? db.selectFrom('path_completions').select(['person_id', 'path_id']).$if(onlyIds !== null, (qb) => qb.where('person_id', 'in', onlyIds ?? [])).execute() : none,
    needs.has('registrations')
      ? db
          .selectFrom('classroom_registrations')
          .innerJoin('classroom_sessions', 'classroom_sessions.id', 'classroom_registrations.session_id')
          .select(['classroom_registrations.person_id', 'classroom_sessions.item_id'])
          .$if(onlyIds !== null, (qb) => qb.where('classroom_registrations.person_id', 'in', onlyIds ?? []))
          .execute()
      : none,
  ]);
  const installed = new Set(installs.map((r) => r.person_id));
  const withMoment = new Set(moments.map((r) => r.person_id));
  const intakeBy = new Map(intakes.map((r) => [r.person_id, intakeOf(r.answer)]));
  const eventsBy = new Map<string, Array<{ at: string; timeZone: string }>>();
  for (const e of events) eventsBy.set(e.person_id, [...(eventsBy.get(e.person_id) ?? []), { at: e.occurred_at, timeZone: e.time_zone }]);
  const itemsBy = grouped(completions, (r) => r.person_id, (r) => r.item_id);
  const pathsBy = grouped(paths, (r) => r.person_id, (r) => r.path_id);
  const registeredBy = grouped(registrations, (r) => r.person_id, (r) => r.item_id);
  const nowMs = now.getTime();
  return people.map((person) => {
    const learned = (eventsBy.get(person.id) ?? []).filter((e) => Date.parse(e.at) <= nowMs);
    const last = learned.reduce<number | null>((max, e) => Math.max(max ?? 0, Date.parse(e.at)), null);
    const intake = intakeBy.get(person.id) ?? { needs: [], motivation: null };
    const facts: GroupFacts = {
      // A group's rule never names another saved group: what an audience rule asks is decided from these facts.
      savedGroupIds: [],
      role: person.role,
      language: person.language,
      departmentId: person.department_id,
      teamId: person.team_id,
      joined: person.joined_at !== null,
      installed: installed.has(person.id),
      remindersOn: withMoment.has(person.id),
      intakeNeeds: intake.needs,
      intakeMotivation: intake.motivation,
      daysSinceActive: last === null ? null : Math.floor((nowMs - last) / DAY_MS),
      streakWeeks: needs.has('streak') && learned.length > 0 ? computeStreak(learned, { now, timeZone: person.time_zone }).current : 0,
      completedItemIds: itemsBy.get(person.id) ?? [],
      completedPathIds: pathsBy.get(person.id) ?? [],
      registeredItemIds: registeredBy.get(person.id) ?? [],
    };
    return { person, facts };
  });
}
