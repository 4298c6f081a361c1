import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_GROUP_SIZE } from '../../shared/domain/group-privacy';
import { summariseIntake, type IntakeRespondent } from '../../shared/domain/intake-summary';
import { INTAKE_GROUP_KINDS, LEARNING_FORMS, MOMENT_PREFERENCES, MOTIVATIONS } from '../../shared/schemas/intake';
import { NEEDS } from '../../shared/schemas/strategy';

const answer = fc.record({
  needs: fc.uniqueArray(fc.constantFrom(...NEEDS), { minLength: 1, maxLength: 2 }),
  motivation: fc.constantFrom(...MOTIVATIONS),
  form: fc.constantFrom(...LEARNING_FORMS),
  moment: fc.constantFrom(...MOMENT_PREFERENCES),
});
// Few group ids, so that groups of every size (below and above 5) turn up.
const respondent: fc.Arbitrary<IntakeRespondent> = fc.record({
  answer,
  groups: fc.uniqueArray(
    fc.record({ kind: fc.constantFrom(...INTAKE_GROUP_KINDS), id: fc.constantFrom('a', 'b', 'c'), name: fc.constant('x') }),
    { selector: (g) => g.kind },
  ),
});

describe('summariseIntake', () => {
  it('shows every group with at least 5 answers, counted right, and only those; the others are counted as hidden per kind', () => {
    fc.assert(
      fc.property(fc.array(respondent, { maxLength: 40 }), (respondents) => {
        const summary = summariseIntake(respondents);
        const members = (kind: string, id: string | null) => respondents.filter((r) => r.groups.some((g) => g.kind === kind && g.id === id));
        for (const group of summary.groups) {
          const inIt = members(group.kind, group.id);
          expect(group.answers).toBe(inIt.length);
          expect(group.answers).toBeGreaterThanOrEqual(MIN_GROUP_SIZE);
          for (const { motivation, count } of group.motivations) expect(count).toBe(inIt.filter((r) => r.answer.motivation === motivation).length);
          expect(group.needs.reduce((sum, n) => sum + n.count, 0)).toBe(inIt.reduce((sum, r) => sum + r.answer.needs.length, 0));
        }
        for (const kind of INTAKE_GROUP_KINDS) {
          const ids = new Set(respondents.flatMap((r) => r.groups.filter((g) => g.kind === kind).map((g) => g.id)));
          const small = [...ids].filter((id) => members(kind, id).length < MIN_GROUP_SIZE).length;
          expect(summary.hidden.find((h) => h.kind === kind)?.groups ?? 0).toBe(small);
          expect(summary.groups.filter((g) => g.kind === kind)).toHaveLength(ids.size - small);
        }
      }),
    );
  });
});
