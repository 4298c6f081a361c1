/*
 * Who a piece of content is for: the one place Leerlust decides it. The
 * feed (teasers and the trainings they open), a training's own page, the
 * push at a campaign's kick-off and competitions all ask isInAudience with
 * the same two things: a rule tree and the facts of one person.
 *
 * A rule is a small tree: `all` and `any` combine rules, `not` turns one
 * around, and the leaves test one fact each. Today's leaves are the target
 * groups the workspace offers (departments, teams, roles, languages). A new
 * kind of rule — a saved target group, "joined", "installed", activity,
 * intake needs — is one more member of AudienceRule, one more entry in
 * RULES (the type-checker insists) and, if it tests something new about a
 * person, one more field of AudienceFacts; nothing that asks changes.
 *
 * Content reached through something else takes that thing's audience *and*
 * its own: a teaser of a campaign reaches the campaign's groups, and of
 * those only the people its training is meant for (contentAudience).
 *
 * Where campaigns list "locations", those are where the posters hang:
 * people have no location in Leerlust, so no rule tests one.
 */

/** What a rule may know about a person. */
export interface AudienceFacts {
  role: string;
  language: string;
  departmentId: string | null;
  teamId: string | null;
  /**
   * The saved target groups (shared/domain/target-group.ts) the person is in, of those the rules at hand name: the
   * caller decides them with isInGroup first, since a group's rule reads more than the profile (activity, intake…).
   */
  savedGroupIds: readonly string[];
}

export type AudienceRule =
  | { kind: 'all'; rules: readonly AudienceRule[] }
  | { kind: 'any'; rules: readonly AudienceRule[] }
  | { kind: 'not'; rule: AudienceRule }
  | { kind: 'role'; roles: readonly string[] }
  | { kind: 'language'; languages: readonly string[] }
  | { kind: 'department'; ids: readonly string[] }
  | { kind: 'team'; ids: readonly string[] }
  /** In one of these saved target groups. */
  | { kind: 'saved_group'; ids: readonly string[] };

type Evaluators = { [K in AudienceRule['kind']]: (rule: Extract<AudienceRule, { kind: K }>, facts: AudienceFacts) => boolean };

const RULES: Evaluators = {
  all: (rule, facts) => rule.rules.every((r) => isInAudience(r, facts)),
  any: (rule, facts) => rule.rules.some((r) => isInAudience(r, facts)),
  not: (rule, facts) => !isInAudience(rule.rule, facts),
  role: (rule, facts) => rule.roles.includes(facts.role),
  language: (rule, facts) => rule.languages.includes(facts.language),
  department: (rule, facts) => facts.departmentId !== null && rule.ids.includes(facts.departmentId),
  team: (rule, facts) => facts.teamId !== null && rule.ids.includes(facts.teamId),
  saved_group: (rule, facts) => rule.ids.some((id) => facts.savedGroupIds.includes(id)),
};

/**
 * Whether the person with these facts belongs to the audience.
 *
 * @example isInAudience({ kind: 'team', ids: ['kitchen'] }, { role: 'employee', language: 'nl', departmentId: 'care', teamId: 'ward-3' }) // false
 */
export function isInAudience(rule: AudienceRule, facts: AudienceFacts): boolean {
  return (RULES[rule.kind] as (rule: AudienceRule, facts: AudienceFacts) => boolean)(rule, facts);
}

/** Nobody: no rule to satisfy. What a damaged stored target means, so it never widens the reach. */
export const NOBODY: AudienceRule = { kind: 'any', rules: [] };

/** Target groups as the workspace picks them: each filled list narrows, an empty list means "everyone" on that count. */
export interface TargetLists {
  departmentIds?: readonly string[];
  teamIds?: readonly string[];
  roles?: readonly string[];
  languages?: readonly string[];
  /** Saved target groups: in at least one of them. */
  groupIds?: readonly string[];
}

/**
 * The rule for a set of picked target groups: in one of the picked
 * departments, and one of the picked teams, and so on for every list that
 * is not empty.
 *
 * @example audienceOfLists({ teamIds: ['kitchen'], roles: ['employee'] }) // all(team kitchen, role employee)
 */
export function audienceOfLists(lists: TargetLists): AudienceRule {
  const rules: AudienceRule[] = [];
  if (lists.departmentIds?.length) rules.push({ kind: 'department', ids: lists.departmentIds });
  if (lists.teamIds?.length) rules.push({ kind: 'team', ids: lists.teamIds });
  if (lists.roles?.length) rules.push({ kind: 'role', roles: lists.roles });
  if (lists.languages?.length) rules.push({ kind: 'language', languages: lists.languages });
  if (lists.groupIds?.length) rules.push({ kind: 'saved_group', ids: lists.groupIds });
  return rules.length === 1 && rules[0] ? rules[0] : { kind: 'all', rules };
}

/**
 * The audience of content reached through something else: the people in
 * every one of the given audiences. Pass the campaign's (or, outside a
 * campaign, the content's own) audience and that of the training it opens.
 *
 * @example contentAudience(audienceOfLists(campaign.target), audienceOfLists({ roles: item.targetRoles }))
 */
export function contentAudience(...audiences: readonly AudienceRule[]): AudienceRule {
  const rules = audiences.filter((a) => !(a.kind === 'all' && a.rules.length === 0));
  return rules.length === 1 && rules[0] ? rules[0] : { kind: 'all', rules };
}

/**
 * The saved target groups a rule names: the only ones whose membership a caller must decide before asking
 * isInAudience (none, for most content, so most requests decide nothing extra).
 *
 * @example savedGroupsIn({ kind: 'all', rules: [{ kind: 'role', roles: ['employee'] }, { kind: 'saved_group', ids: ['g1'] }] }) // ['g1']
 */
export function savedGroupsIn(...rules: readonly AudienceRule[]): string[] {
  const ids = new Set<string>();
  const walk = (rule: AudienceRule): void => {
    if (rule.kind === 'all' || rule.kind === 'any') rule.rules.forEach(walk);
    else if (rule.kind === 'not') walk(rule.rule);
    else if (rule.kind === 'saved_group') for (const id of rule.ids) ids.add(id);
  };
  rules.forEach(walk);
  return [...ids].sort();
}

/**
 * A stable text of the facts, for caches that hold something per audience
 * (the feed cache): two people with the same key are in the same audiences.
 */
export function audienceFactsKey(facts: AudienceFacts): string {
  // Every fact, by name: a fact added later joins the key without anyone remembering to.
  return JSON.stringify(Object.entries(facts).sort(([a], [b]) => (a < b ? -1 : 1)));
}
