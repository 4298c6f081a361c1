import type { PlanPhase, PlanPoint, PlanPointCode } from '../schemas/insights';

/*
 * The campaign planner: the framework's three phases, each a checklist
 * computed from what Leerlust holds, never ticked by hand. The server
 * gathers the facts (server/features/insights/planner.service.ts); this
 * decides what is done, what is missing and where it is fixed. A fact that
 * is `undefined` belongs to a part that is not built (yet): its point shows
 * as not available, never as done.
 */

/** What is missing for a point; an empty list means done. `undefined`: the part that would tell is not there. */
export type PlanFact = readonly string[] | undefined;

export type PlanFacts = Record<PlanPointCode, PlanFact>;

const PHASES: Record<PlanPhase, readonly PlanPointCode[]> = {
  inform: ['strategy', 'wiifm', 'expect', 'intake'],
  activate: ['target_groups', 'channels', 'posters', 'kickoff', 'teasers', 'journey'],
  retain: ['moment_default', 'reward', 'stories', 'evaluation'],
};

/** Where each point is fixed; `{id}` is the campaign. */
const FIX: Record<PlanPointCode, string> = {
  strategy: '/admin/strategy',
  wiifm: '/admin/strategy#wiifm',
  expect: '/admin/campaigns/{id}#campaign-texts',
  intake: '/admin/strategy#intake',
  target_groups: '/admin/campaigns/{id}#target-groups',
  channels: '/admin/campaigns/{id}#channels',
  posters: '/admin/campaigns/{id}#posters',
  kickoff: '/admin/campaigns/{id}#kickoff',
  teasers: '/admin/teasers/new?campaign={id}',
  journey: '/admin/campaigns/{id}#journey',
  moment_default: '/admin/moment',
  reward: '/admin/rewards',
  stories: '/admin/stories',
  evaluation: '/admin/evaluations',
};

export interface PlanAnswer {
  phases: Array<{ phase: PlanPhase; points: PlanPoint[] }>;
  done: number;
  open: number;
}

/**
 * The checklists of one campaign.
 *
 * @example campaignPlan('c1', { ...allDone, teasers: ['en'] }).open // 1
 */
export function campaignPlan(campaignId: string, facts: PlanFacts): PlanAnswer {
  const phases = (Object.keys(PHASES) as PlanPhase[]).map((phase) => ({
    phase,
    points: PHASES[phase].map((code): PlanPoint => {
      const fact = facts[code];
      const fix = FIX[code].replaceAll('{id}', campaignId);
      if (fact === undefined) return { code, status: 'not_available', missing: [], fix };
      return { code, status: fact.length === 0 ? 'done' : 'open', missing: [...fact], fix };
    }),
  }));
  const all = phases.flatMap((p) => p.points);
  return { phases, done: all.filter((p) => p.status === 'done').length, open: all.filter((p) => p.status === 'open').length };
}

/** A teaser fits in a glance: at most this many characters. */
export const TEASER_MAX_LENGTH = 140;

/**
 * Which language × group pairs still lack a teaser that fits (≤ 140
 * characters): each group the campaign targets must have one in each of
 * its languages. Groups are names; a teaser reaches the groups listed with
 * it (all of them when it names none).
 *
 * @example missingTeasers(['nl'], ['Zorg'], [{ languages: ['nl'], hooks: ['Kort'], groups: [] }]) // []
 */
export function missingTeasers(
  languages: readonly string[],
  groups: readonly string[],
  teasers: ReadonlyArray<{ languages: readonly string[]; hooks: readonly string[]; groups: readonly string[] }>,
): string[] {
  const fitting = teasers.filter((t) => t.hooks.length > 0 && t.hooks.every((h) => h.length <= TEASER_MAX_LENGTH));
  const missing: string[] = [];
  for (const group of groups.length > 0 ? groups : ['']) {
    for (const language of languages) {
      const has = fitting.some((t) => t.languages.includes(language) && (t.groups.length === 0 || group === '' || t.groups.includes(group)));
      if (!has) missing.push(group ? `${group} · ${language}` : language);
    }
  }
  return missing;
}
