import { isInAudience, type AudienceFacts, type AudienceRule } from './audience';

/*
 * Target groups (doelgroepen): who a saved group holds, decided in one place.
 * Campaigns, competitions and journeys ask isInGroup with the group's rule
 * and the facts of one person.
 *
 * The rule is the audience rule tree (shared/domain/audience.ts) with more
 * leaves: the profile leaves (department, team, role, language) are the
 * audience's own and are decided by isInAudience, so "who is in department
 * X" can never mean two things. The new leaves test what Leerlust knows
 * beyond the profile: joined, installed, reminders on, the intake's needs
 * and motivation, recent activity, the streak, completions, classroom
 * registrations.
 *
 * Time enters only through the facts (daysSinceActive is counted by the
 * caller against its clock), so the decision stays pure.
 */

/** Everything a group rule may know about one person. */
export interface GroupFacts extends AudienceFacts {
  joined: boolean;
  installed: boolean;
  /** Has a weekly learning moment, so reminders go out for it. */
  remindersOn: boolean;
  /** The intake's needs (up to two); empty without an answer. */
  intakeNeeds: readonly string[];
  intakeMotivation: string | null;
  /** Whole days since the person last learned; null when never. */
  daysSinceActive: number | null;
  /** The live weekly streak (counted weeks). */
  streakWeeks: number;
  completedItemIds: readonly string[];
  completedPathIds: readonly string[];
  /** The classroom trainings (item ids) the person registered for a session of. */
  registeredItemIds: readonly string[];
}

type ProfileLeaf = Extract<AudienceRule, { kind: 'role' | 'language' | 'department' | 'team' }>;

export type GroupLeaf =
  | ProfileLeaf
  | { kind: 'joined'; value: boolean }
  | { kind: 'installed'; value: boolean }
  | { kind: 'reminders'; value: boolean }
  | { kind: 'intake_need'; needs: readonly string[] }
  | { kind: 'intake_motivation'; motivations: readonly string[] }
  | { kind: 'active_within'; weeks: number }
  | { kind: 'inactive_for'; weeks: number }
  | { kind: 'streak_at_least'; weeks: number }
  | { kind: 'completed_item'; ids: readonly string[] }
  | { kind: 'completed_path'; ids: readonly string[] }
  /** Registered for a session of one of these classroom trainings; an empty list means any. */
  | { kind: 'registered_session'; itemIds: readonly string[] };

export type GroupRule = { kind: 'all'; rules: readonly GroupRule[] } | { kind: 'any'; rules: readonly GroupRule[] } | { kind: 'not'; rule: GroupRule } | GroupLeaf;

const DAYS_PER_WEEK = 7;
const activeWithin = (facts: GroupFacts, weeks: number) => facts.daysSinceActive !== null && facts.daysSinceActive < weeks * DAYS_PER_WEEK;
const anyOf = (wanted: readonly string[], held: readonly string[]) => wanted.some((id) => held.includes(id));

type Evaluators = { [K in GroupRule['kind']]: (rule: Extract<GroupRule, { kind: K }>, facts: GroupFacts) => boolean };

const RULES: Evaluators = {
  all: (rule, facts) => rule.rules.every((r) => isInGroup(r, facts)),
  any: (rule, facts) => rule.rules.some((r) => isInGroup(r, facts)),
  not: (rule, facts) => !isInGroup(rule.rule, facts),
  role: (rule, facts) => isInAudience(rule, facts),
  language: (rule, facts) => isInAudience(rule, facts),
  department: (rule, facts) => isInAudience(rule, facts),
  team: (rule, facts) => isInAudience(rule, facts),
  joined: (rule, facts) => facts.joined === rule.value,
  installed: (rule, facts) => facts.installed === rule.value,
  reminders: (rule, facts) => facts.remindersOn === rule.value,
  intake_need: (rule, facts) => anyOf(rule.needs, facts.intakeNeeds),
  intake_motivation: (rule, facts) => facts.intakeMotivation !== null && rule.motivations.includes(facts.intakeMotivation),
  active_within: (rule, facts) => activeWithin(facts, rule.weeks),
  // Never learned counts as inactive for any length of time: the exact opposite of "active within".
  inactive_for: (rule, facts) => !activeWithin(facts, rule.weeks),
  streak_at_least: (rule, facts) => facts.streakWeeks >= rule.weeks,
  completed_item: (rule, facts) => anyOf(rule.ids, facts.completedItemIds),
  completed_path: (rule, facts) => anyOf(rule.ids, facts.completedPathIds),
  registered_session: (rule, facts) => (rule.itemIds.length === 0 ? facts.registeredItemIds.length > 0 : anyOf(rule.itemIds, facts.registeredItemIds)),
};

/**
 * Whether the person with these facts is in the group.
 *
 * @example isInGroup({ kind: 'all', rules: [{ kind: 'joined', value: true }, { kind: 'inactive_for', weeks: 4 }] }, facts) // joined, and not learned in 4 weeks
 */
export function isInGroup(rule: GroupRule, facts: GroupFacts): boolean {
  return (RULES[rule.kind] as (rule: GroupRule, facts: GroupFacts) => boolean)(rule, facts);
}

/** The people of a list who are in the group, in the list's order. */
export function membersOfGroup<P>(rule: GroupRule, people: readonly P[], factsOf: (person: P) => GroupFacts): P[] {
  return people.filter((p) => isInGroup(rule, factsOf(p)));
}

/** The leaves that read only the profile (what admins see of everyone anyway). */
const PROFILE_KINDS: ReadonlySet<GroupRule['kind']> = new Set(['all', 'any', 'not', 'role', 'language', 'department', 'team', 'joined']);

/**
 * Whether a group's rule reads only profile facts. Only then may admins see
 * who is in it by name: a group "inactive for 4 weeks" or "needs: career"
 * would otherwise show one person's learning activity or intake answer,
 * which L&D may see only as totals over at least 5 people.
 *
 * @example readsOnlyProfile({ kind: 'team', ids: ['kitchen'] }) // true
 * @example readsOnlyProfile({ kind: 'not', rule: { kind: 'streak_at_least', weeks: 2 } }) // false
 */
export function readsOnlyProfile(rule: GroupRule): boolean {
  if (!PROFILE_KINDS.has(rule.kind)) return false;
  if (rule.kind === 'all' || rule.kind === 'any') return rule.rules.every(readsOnlyProfile);
  if (rule.kind === 'not') return readsOnlyProfile(rule.rule);
  return true;
}

/** A condition as the workspace edits it: one leaf, maybe turned around. */
export type GroupCondition = GroupLeaf & { not?: boolean };

/**
 * The rule of a group as the workspace states it: all (or any) of a list
 * of conditions, each maybe negated. No conditions with "all" is everyone.
 *
 * @example groupRuleOf('all', [{ kind: 'joined', value: false }]) // all(joined = false)
 */
export function groupRuleOf(match: 'all' | 'any', conditions: readonly GroupCondition[]): GroupRule {
  const rules = conditions.map(({ not, ...leaf }): GroupRule => (not ? { kind: 'not', rule: leaf as GroupLeaf } : (leaf as GroupLeaf)));
  return { kind: match, rules };
}

/** The condition kinds, in the order the workspace offers them. */
export const GROUP_CONDITION_KINDS = [
  'department',
  'team',
  'role',
  'language',
  'joined',
  'installed',
  'reminders',
  'intake_need',
  'intake_motivation',
  'active_within',
  'inactive_for',
  'streak_at_least',
  'completed_item',
  'completed_path',
  'registered_session',
] as const satisfies readonly GroupLeaf['kind'][];

/*
 * The channels a group can be reached through, here beside the groups so the
 * workspace takes them in one module.
 */
/** The channels a campaign may choose per group (posters have their own panel). */
export const CHANNEL_KINDS = ['team_meeting', 'intranet_link', 'intranet_card', 'email', 'push', 'in_app'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];
/** What a suggestion may name: the chosen channels and posters. */
export const SUGGESTED_CHANNELS = ['posters', ...CHANNEL_KINDS] as const;
export type SuggestedChannel = (typeof SUGGESTED_CHANNELS)[number];
export const SUGGESTION_REASONS = ['frontline', 'office', 'low_digital_comfort', 'everyone'] as const;
export type SuggestionReason = (typeof SUGGESTION_REASONS)[number];
