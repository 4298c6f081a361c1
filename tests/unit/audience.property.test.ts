import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { audienceFactsKey, audienceOfLists, contentAudience, isInAudience, NOBODY, savedGroupsIn, type AudienceFacts, type AudienceRule, type TargetLists } from '../../shared/domain/audience';

const DEPARTMENTS = ['care', 'kitchen', 'office'];
const TEAMS = ['ward-1', 'ward-2', 'kitchen-day', 'kitchen-night'];
const ROLES = ['employee', 'manager', 'admin'];
const LANGUAGES = ['nl', 'en'];
const SAVED_GROUPS = ['g-frontline', 'g-new', 'g-quiet'];

const facts: fc.Arbitrary<AudienceFacts> = fc.record({
  role: fc.constantFrom(...ROLES),
  language: fc.constantFrom(...LANGUAGES),
  departmentId: fc.option(fc.constantFrom(...DEPARTMENTS), { nil: null }),
  teamId: fc.option(fc.constantFrom(...TEAMS), { nil: null }),
  savedGroupIds: fc.subarray(SAVED_GROUPS),
});

const subset = (values: string[]) => fc.subarray(values);
const lists: fc.Arbitrary<TargetLists> = fc.record({
  departmentIds: subset(DEPARTMENTS),
  teamIds: subset(TEAMS),
  roles: subset(ROLES),
  languages: subset(LANGUAGES),
  groupIds: subset(SAVED_GROUPS),
});

const leaf: fc.Arbitrary<AudienceRule> = fc.oneof(
  subset(ROLES).map((roles) => ({ kind: 'role' as const, roles })),
  subset(LANGUAGES).map((languages) => ({ kind: 'language' as const, languages })),
  subset(DEPARTMENTS).map((ids) => ({ kind: 'department' as const, ids })),
  subset(TEAMS).map((ids) => ({ kind: 'team' as const, ids })),
  subset(SAVED_GROUPS).map((ids) => ({ kind: 'saved_group' as const, ids })),
);
const { rule } = fc.letrec<{ rule: AudienceRule }>((tie) => ({
  rule: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('rule'), { maxLength: 3 }).map((rules) => ({ kind: 'all' as const, rules })),
    fc.array(tie('rule'), { maxLength: 3 }).map((rules) => ({ kind: 'any' as const, rules })),
    tie('rule').map((inner) => ({ kind: 'not' as const, rule: inner })),
  ),
}));

/** The target-group rule as the workspace states it, written out independently of the code under test. */
function inGroupsByHand(target: TargetLists, person: AudienceFacts): boolean {
  const fits = (list: readonly string[] | undefined, value: string | null) => !list || list.length === 0 || (value !== null && list.includes(value));
  const inSavedGroup = !target.groupIds || target.groupIds.length === 0 || target.groupIds.some((id) => person.savedGroupIds.includes(id));
  return fits(target.departmentIds, person.departmentId) && fits(target.teamIds, person.teamId) && fits(target.roles, person.role) && fits(target.languages, person.language) && inSavedGroup;
}

describe('the audience of picked target groups', () => {
  it('is exactly the people who fit every filled list (an empty list narrows nothing)', () => {
    fc.assert(fc.property(lists, facts, (target, person) => isInAudience(audienceOfLists(target), person) === inGroupsByHand(target, person)));
  });

  it('lets nobody outside a picked group in: whoever is in has a picked team, department, role and language', () => {
    fc.assert(
      fc.property(lists, facts, (target, person) => {
        fc.pre(isInAudience(audienceOfLists(target), person));
        if (target.teamIds?.length) expect(target.teamIds).toContain(person.teamId);
        if (target.departmentIds?.length) expect(target.departmentIds).toContain(person.departmentId);
        if (target.roles?.length) expect(target.roles).toContain(person.role);
        if (target.languages?.length) expect(target.languages).toContain(person.language);
        if (target.groupIds?.length) expect(target.groupIds.some((id) => person.savedGroupIds.includes(id))).toBe(true);
      }),
    );
  });

  it('names exactly the saved groups a rule tree holds, so a caller decides the membership of those and no others', () => {
    fc.assert(
      fc.property(rule, facts, (tree, person) => {
        const named = savedGroupsIn(tree);
        // Membership of groups the rule does not name cannot change its answer.
        const onlyNamed = { ...person, savedGroupIds: person.savedGroupIds.filter((id) => named.includes(id)) };
        expect(isInAudience(tree, onlyNamed)).toBe(isInAudience(tree, person));
      }),
    );
  });

  it('takes no lists as everyone and a person without a team or department as outside any picked one', () => {
    fc.assert(fc.property(facts, (person) => isInAudience(audienceOfLists({}), person)));
    fc.assert(fc.property(facts, (person) => !isInAudience(audienceOfLists({ teamIds: TEAMS }), { ...person, teamId: null })));
    fc.assert(fc.property(facts, (person) => !isInAudience(audienceOfLists({ departmentIds: DEPARTMENTS }), { ...person, departmentId: null })));
  });
});

describe('content reached through something else', () => {
  it('reaches the people in every one of its audiences, and nobody else', () => {
    fc.assert(
      fc.property(fc.array(rule, { maxLength: 4 }), facts, (audiences, person) => {
        expect(isInAudience(contentAudience(...audiences), person)).toBe(audiences.every((a) => isInAudience(a, person)));
      }),
    );
  });

  it('never widens a campaign: a teaser of a campaign is seen only inside its target groups, whatever its training allows', () => {
    fc.assert(
      fc.property(lists, lists, facts, (campaign, training, person) => {
        const teaser = contentAudience(audienceOfLists(campaign), audienceOfLists({ roles: training.roles, departmentIds: training.departmentIds }));
        if (isInAudience(teaser, person)) expect(inGroupsByHand(campaign, person)).toBe(true);
        if (!inGroupsByHand({ roles: training.roles, departmentIds: training.departmentIds }, person)) expect(isInAudience(teaser, person)).toBe(false);
      }),
    );
  });
});

describe('rule trees', () => {
  it('combine as logic does: all is and, any is or, not turns around', () => {
    fc.assert(
      fc.property(rule, rule, facts, (a, b, person) => {
        const [inA, inB] = [isInAudience(a, person), isInAudience(b, person)];
        expect(isInAudience({ kind: 'all', rules: [a, b] }, person)).toBe(inA && inB);
        expect(isInAudience({ kind: 'any', rules: [a, b] }, person)).toBe(inA || inB);
        expect(isInAudience({ kind: 'not', rule: a }, person)).toBe(!inA);
      }),
    );
  });

  it('keeps NOBODY empty', () => {
    fc.assert(fc.property(facts, (person) => !isInAudience(NOBODY, person)));
  });
});

describe('audienceFactsKey', () => {
  it('is the same for two people exactly when every rule treats them alike', () => {
    fc.assert(
      fc.property(facts, facts, rule, (a, b, r) => {
        if (audienceFactsKey(a) === audienceFactsKey(b)) expect(isInAudience(r, a)).toBe(isInAudience(r, b));
        else expect(a).not.toEqual(b);
      }),
    );
  });
});
