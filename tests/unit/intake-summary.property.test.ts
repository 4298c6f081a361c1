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
  const membersOf = (respondents: IntakeRespondent[], kind: string, id: string | null) => new Set(respondents.flatMap((r, i) => (r.groups.some((g) => g.kind === kind && g.id === id) ? [i] : [])));
  const holds = (outer: Set<number>, inner: Set<number>) => [...inner].every((m) => outer.has(m));

  it('shows only groups of at least 5, counted right; every group is shown or counted hidden', () => {
    fc.assert(
      fc.property(fc.array(respondent, { maxLength: 40 }), (respondents) => {
        const summary = summariseIntake(respondents);
        for (const group of summary.groups) {
          const inIt = [...membersOf(respondents, group.kind, group.id)].map((i) => respondents[i]).filter((r) => r !== undefined);
          expect(group.answers).toBe(inIt.length);
          expect(group.answers).toBeGreaterThanOrEqual(MIN_GROUP_SIZE);
          for (const { motivation, count } of group.motivations) expect(count).toBe(inIt.filter((r) => r.answer.motivation === motivation).length);
          expect(group.needs.reduce((sum, n) => sum + n.count, 0)).toBe(inIt.reduce((sum, r) => sum + r.answer.needs.length, 0));
        }
        for (const kind of INTAKE_GROUP_KINDS) {
          const ids = new Set(respondents.flatMap((r) => r.groups.filter((g) => g.kind === kind).map((g) => g.id)));
          const shown = summary.groups.filter((g) => g.kind === kind).length;
          expect(shown + (summary.hidden.find((h) => h.kind === kind)?.groups ?? 0)).toBe(ids.size);
        }
      }),
    );
  });

  it('never shows two groups, one inside the other, whose difference is 1 to 4 people, and holds back a big group only for that', () => {
    fc.assert(
      fc.property(fc.array(respondent, { maxLength: 40 }), (respondents) => {
        const summary = summariseIntake(respondents);
        const shown = summary.groups.map((g) => membersOf(respondents, g.kind, g.id));
        for (const outer of shown) {
          for (const inner of shown) {
            const difference = outer.size - inner.size;
            if (difference > 0 && holds(outer, inner)) expect(difference).toBeGreaterThanOrEqual(MIN_GROUP_SIZE);
          }
        }
        // A group of 5 or more is held back only when a group of 5 or more holds it with fewer than 5 beside it.
        const all = [...new Set(respondents.flatMap((r) => r.groups.map((g) => `${g.kind}|${g.id}`)))].map((key) => {
          const [kind = '', id = ''] = key.split('|');
          return { kind, id, members: membersOf(respondents, kind, id) };
        });
        for (const group of all.filter((g) => g.members.size >= MIN_GROUP_SIZE)) {
          if (summary.groups.some((g) => g.kind === group.kind && g.id === group.id)) continue;
          const reason = all.some((o) => o.members.size >= MIN_GROUP_SIZE && o.members.size > group.members.size && o.members.size - group.members.size < MIN_GROUP_SIZE && holds(o.members, group.members));
          expect(reason).toBe(true);
        }
      }),
    );
  });
});
