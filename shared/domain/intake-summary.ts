import { LEARNING_FORMS, MOTIVATIONS, type IntakeAnswer, type IntakeGroupKind, type IntakeSummary } from '../schemas/intake';
import { NEEDS } from '../schemas/strategy';
import { MIN_GROUP_SIZE } from './group-privacy';

/** A group a respondent belongs to, in one breakdown (their department, team, role…). */
export interface IntakeGroupRef {
  kind: IntakeGroupKind;
  /** Null for the whole organisation. */
  id: string | null;
  name: string;
}

export interface IntakeRespondent {
  answer: IntakeAnswer;
  /** At most one group per kind; a person without a team has no team group. */
  groups: readonly IntakeGroupRef[];
}

const keyOf = (g: IntakeGroupRef) => `${g.kind}|${g.id ?? ''}`;

/**
 * The intake's answers counted per group, for every breakdown at once. A
 * group shows only from MIN_GROUP_SIZE answers, in every breakdown alike
 * (as survey tools show scores from 5 responses on every filter); the
 * smaller ones are only counted, per kind, so L&D knows they exist.
 *
 * Two shown groups where one holds the other must differ by 0 or at least
 * MIN_GROUP_SIZE people too: otherwise subtracting one from the other
 * gives the answers of fewer than 5 (a department of 7 beside its team of
 * 5 tells what the other 2 said). The smaller of such a pair is held back.
 * This guards one subtraction, not every sum of several groups.
 *
 * @example summariseIntake([]) // { groups: [], hidden: [] }
 */
export function summariseIntake(respondents: readonly IntakeRespondent[]): IntakeSummary {
  const byGroup = new Map<string, { ref: IntakeGroupRef; members: Set<number> }>();
  respondents.forEach(({ groups }, index) => {
    for (const ref of groups) {
      const group = byGroup.get(keyOf(ref)) ?? { ref, members: new Set<number>() };
      group.members.add(index);
      byGroup.set(keyOf(ref), group);
    }
  });
  const groups = [...byGroup.values()];
  const shown = new Set(groups.filter((g) => g.members.size >= MIN_GROUP_SIZE));
  // Largest first: a group is held only against groups already known to stay, so none is held back for one that goes too.
  const bySize = [...shown].sort((a, b) => b.members.size - a.members.size);
  for (const inner of bySize) {
    const revealing = bySize.some((outer) => outer !== inner && shown.has(outer) && outer.members.size > inner.members.size && outer.members.size - inner.members.size < MIN_GROUP_SIZE && holds(outer.members, inner.members));
    if (revealing) shown.delete(inner);
  }
  const hidden = new Map<IntakeGroupKind, number>();
  for (const group of groups) if (!shown.has(group)) hidden.set(group.ref.kind, (hidden.get(group.ref.kind) ?? 0) + 1);
  const result = [...shown].map(({ ref, members }) => {
    const answers = [...members].flatMap((i) => (respondents[i] ? [respondents[i].answer] : []));
    return {
      kind: ref.kind,
      id: ref.id,
      name: ref.name,
      answers: answers.length,
      needs: NEEDS.map((need) => ({ need, count: answers.filter((a) => a.needs.includes(need)).length })),
      motivations: MOTIVATIONS.map((motivation) => ({ motivation, count: answers.filter((a) => a.motivation === motivation).length })),
      forms: LEARNING_FORMS.map((form) => ({ form, count: answers.filter((a) => a.form === form).length })),
    };
  });
  result.sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
  return { groups: result, hidden: [...hidden].map(([kind, count]) => ({ kind, groups: count })).sort((a, b) => a.kind.localeCompare(b.kind)) };
}

/** Whether every member of `inner` is in `outer`. */
function holds(outer: ReadonlySet<number>, inner: ReadonlySet<number>): boolean {
  for (const member of inner) if (!outer.has(member)) return false;
  return true;
}
