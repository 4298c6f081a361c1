import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInAudience, type AudienceRule } from '../../shared/domain/audience';
import { suggestChannels } from '../../shared/domain/channel-suggestions';
import { groupRuleOf, isInGroup, membersOfGroup, readsOnlyProfile, type GroupCondition, type GroupFacts, type GroupLeaf, type GroupRule } from '../../shared/domain/target-group';

const DEPARTMENTS = ['care', 'kitchen', 'office'];
const TEAMS = ['ward-1', 'ward-2', 'kitchen-day'];
const ROLES = ['employee', 'manager', 'admin'];
const LANGUAGES = ['nl', 'en'];
const NEEDS = ['effectiveness', 'employability', 'career'];
const MOTIVATIONS = ['new_competencies', 'forced_change'];
const ITEMS = ['i1', 'i2', 'i3'];
const PATHS = ['p1', 'p2'];

const facts: fc.Arbitrary<GroupFacts> = fc.record({
  role: fc.constantFrom(...ROLES),
  language: fc.constantFrom(...LANGUAGES),
  departmentId: fc.option(fc.constantFrom(...DEPARTMENTS), { nil: null }),
  teamId: fc.option(fc.constantFrom(...TEAMS), { nil: null }),
  savedGroupIds: fc.constant([]),
  joined: fc.boolean(),
  installed: fc.boolean(),
  remindersOn: fc.boolean(),
  intakeNeeds: fc.subarray(NEEDS, { maxLength: 2 }),
  intakeMotivation: fc.option(fc.constantFrom(...MOTIVATIONS), { nil: null }),
  daysSinceActive: fc.option(fc.nat(400), { nil: null }),
  streakWeeks: fc.nat(60),
  completedItemIds: fc.subarray(ITEMS),
  completedPathIds: fc.subarray(PATHS),
  registeredItemIds: fc.subarray(ITEMS),
});

const weeks = fc.integer({ min: 1, max: 60 });
const profileLeaf: fc.Arbitrary<GroupLeaf> = fc.oneof(
  fc.subarray(ROLES).map((roles) => ({ kind: 'role' as const, roles })),
  fc.subarray(LANGUAGES).map((languages) => ({ kind: 'language' as const, languages })),
  fc.subarray(DEPARTMENTS).map((ids) => ({ kind: 'department' as const, ids })),
  fc.subarray(TEAMS).map((ids) => ({ kind: 'team' as const, ids })),
);
const leaf: fc.Arbitrary<GroupLeaf> = fc.oneof(
  profileLeaf,
  fc.boolean().map((value) => ({ kind: 'joined' as const, value })),
  fc.boolean().map((value) => ({ kind: 'installed' as const, value })),
  fc.boolean().map((value) => ({ kind: 'reminders' as const, value })),
  fc.subarray(NEEDS).map((needs) => ({ kind: 'intake_need' as const, needs })),
  fc.subarray(MOTIVATIONS).map((motivations) => ({ kind: 'intake_motivation' as const, motivations })),
  weeks.map((w) => ({ kind: 'active_within' as const, weeks: w })),
  weeks.map((w) => ({ kind: 'inactive_for' as const, weeks: w })),
  weeks.map((w) => ({ kind: 'streak_at_least' as const, weeks: w })),
  fc.subarray(ITEMS).map((ids) => ({ kind: 'completed_item' as const, ids })),
  fc.subarray(PATHS).map((ids) => ({ kind: 'completed_path' as const, ids })),
  fc.subarray(ITEMS).map((itemIds) => ({ kind: 'registered_session' as const, itemIds })),
);
const { rule } = fc.letrec<{ rule: GroupRule }>((tie) => ({
  rule: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('rule'), { maxLength: 3 }).map((rules) => ({ kind: 'all' as const, rules })),
    fc.array(tie('rule'), { maxLength: 3 }).map((rules) => ({ kind: 'any' as const, rules })),
    tie('rule').map((inner) => ({ kind: 'not' as const, rule: inner })),
  ),
}));

describe('target-group membership', () => {
  it('decides the profile leaves exactly as the audience rules do (one meaning of "in department X")', () => {
    fc.assert(fc.property(profileLeaf, facts, (l, f) => isInGroup(l, f) === isInAudience(l as AudienceRule, f)));
  });

  it('combines like logic: not is the opposite, all of none is everyone, any of none is nobody, De Morgan holds', () => {
    fc.assert(
      fc.property(rule, rule, facts, (a, b, f) => {
        expect(isInGroup({ kind: 'not', rule: a }, f)).toBe(!isInGroup(a, f));
        expect(isInGroup({ kind: 'all', rules: [] }, f)).toBe(true);
        expect(isInGroup({ kind: 'any', rules: [] }, f)).toBe(false);
        expect(isInGroup({ kind: 'not', rule: { kind: 'all', rules: [a, b] } }, f)).toBe(
          isInGroup({ kind: 'any', rules: [{ kind: 'not', rule: a }, { kind: 'not', rule: b }] }, f),
        );
      }),
    );
  });

  it('puts each person in exactly one of "active in the last N weeks" and "inactive for N weeks"', () => {
    fc.assert(fc.property(weeks, facts, (n, f) => isInGroup({ kind: 'active_within', weeks: n }, f) !== isInGroup({ kind: 'inactive_for', weeks: n }, f)));
  });

  it('widens with N for "active within" and narrows with N for "streak at least" and "inactive for"', () => {
    fc.assert(
      fc.property(weeks, weeks, facts, (m, n, f) => {
        const [lo, hi] = m <= n ? [m, n] : [n, m];
        if (isInGroup({ kind: 'active_within', weeks: lo }, f)) expect(isInGroup({ kind: 'active_within', weeks: hi }, f)).toBe(true);
        if (isInGroup({ kind: 'inactive_for', weeks: hi }, f)) expect(isInGroup({ kind: 'inactive_for', weeks: lo }, f)).toBe(true);
        if (isInGroup({ kind: 'streak_at_least', weeks: hi }, f)) expect(isInGroup({ kind: 'streak_at_least', weeks: lo }, f)).toBe(true);
      }),
    );
  });

  it('counts a day short of N weeks as active and N weeks to the day as inactive; never learned is inactive', () => {
    fc.assert(
      fc.property(weeks, facts, (n, f) => {
        expect(isInGroup({ kind: 'active_within', weeks: n }, { ...f, daysSinceActive: n * 7 - 1 })).toBe(true);
        expect(isInGroup({ kind: 'inactive_for', weeks: n }, { ...f, daysSinceActive: n * 7 })).toBe(true);
        expect(isInGroup({ kind: 'inactive_for', weeks: n }, { ...f, daysSinceActive: null })).toBe(true);
      }),
    );
  });

  it('keeps members in the order of the list and only those who are in', () => {
    fc.assert(
      fc.property(rule, fc.array(facts, { maxLength: 20 }), (r, people) => {
        const members = membersOfGroup(r, people, (p) => p);
        expect(members).toEqual(people.filter((p) => isInGroup(r, p)));
      }),
    );
  });

  it('builds the workspace form (all/any of conditions, each maybe negated) into the same decision written by hand', () => {
    const condition = fc.tuple(leaf, fc.boolean()).map(([l, not]): GroupCondition => ({ ...l, not }));
    fc.assert(
      fc.property(fc.constantFrom('all' as const, 'any' as const), fc.array(condition, { maxLength: 5 }), facts, (match, conditions, f) => {
        const each = conditions.map((c) => isInGroup(c as GroupLeaf, f) !== Boolean(c.not));
        expect(isInGroup(groupRuleOf(match, conditions), f)).toBe(match === 'all' ? each.every(Boolean) : each.some(Boolean));
      }),
    );
  });

  it('lets admins see names only for rules that read nothing beyond the profile', () => {
    fc.assert(
      fc.property(rule, (r) => {
        const reads = (x: GroupRule): boolean =>
          x.kind === 'all' || x.kind === 'any' ? x.rules.every(reads) : x.kind === 'not' ? reads(x.rule) : ['role', 'language', 'department', 'team', 'joined'].includes(x.kind);
        expect(readsOnlyProfile(r)).toBe(reads(r));
      }),
    );
  });
});

describe('channel suggestions', () => {
  const profile = fc
    .record({ size: fc.nat(200), a: fc.nat(200), answers: fc.nat(200), b: fc.nat(200) })
    .map(({ size, a, answers, b }) => ({ size, withoutMailbox: Math.min(a, size), digitalComfortAnswers: Math.min(answers, size), lowDigitalComfort: Math.min(b, answers, size) }));

  it('always suggests something, each channel once, with a reason', () => {
    fc.assert(
      fc.property(profile, (p) => {
        const s = suggestChannels(p);
        expect(s.length).toBeGreaterThan(0);
        expect(new Set(s.map((x) => x.channel)).size).toBe(s.length);
        for (const x of s) expect(x.reasons.length).toBeGreaterThan(0);
      }),
    );
  });

  it('suggests posters and the team meeting when most are frontline, e-mail and intranet when most have a mailbox', () => {
    fc.assert(
      fc.property(profile, (p) => {
        const channels = suggestChannels(p).map((x) => x.channel);
        if (p.size >= 5 && p.withoutMailbox * 2 >= p.size) expect(channels).toEqual(expect.arrayContaining(['posters', 'team_meeting']));
        if (p.size >= 5 && (p.size - p.withoutMailbox) * 2 >= p.size) expect(channels).toEqual(expect.arrayContaining(['email', 'intranet_link']));
      }),
    );
  });

  it('says nothing particular about a group under 5 (the same suggestion for any such group)', () => {
    fc.assert(
      fc.property(profile, profile, (p, q) => {
        if (p.size < 5 && q.size < 5) expect(suggestChannels(p)).toEqual(suggestChannels(q));
      }),
    );
  });
});
