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
 * @example summariseIntake([]) // { groups: [], hidden: [] }
 */
export function summariseIntake(respondents: readonly IntakeRespondent[]): IntakeSummary {
  const byGroup = new Map<string, { ref: IntakeGroupRef; answers: IntakeAnswer[] }>();
  for (const { answer, groups } of respondents) {
    for (const ref of groups) {
      const group = byGroup.get(keyOf(ref)) ?? { ref, answers: [] };
      group.answers.push(answer);
      byGroup.set(keyOf(ref), group);
    }
  }
  const shown: IntakeSummary['groups'] = [];
  const hidden = new Map<IntakeGroupKind, number>();
  for (const { ref, answers } of byGroup.values()) {
    if (answers.length < MIN_GROUP_SIZE) {
      hidden.set(ref.kind, (hidden.get(ref.kind) ?? 0) + 1);
      continue;
    }
    shown.push({
      kind: ref.kind,
      id: ref.id,
      name: ref.name,
      answers: answers.length,
      needs: NEEDS.map((need) => ({ need, count: answers.filter((a) => a.needs.includes(need)).length })),
      motivations: MOTIVATIONS.map((motivation) => ({ motivation, count: answers.filter((a) => a.motivation === motivation).length })),
      forms: LEARNING_FORMS.map((form) => ({ form, count: answers.filter((a) => a.form === form).length })),
    });
  }
  shown.sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
  return { groups: shown, hidden: [...hidden].map(([kind, groups]) => ({ kind, groups })).sort((a, b) => a.kind.localeCompare(b.kind)) };
}
