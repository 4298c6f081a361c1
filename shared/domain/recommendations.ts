import { isInAudience, type AudienceFacts, type AudienceRule } from './audience';
import type { Motivation } from '../schemas/intake';
import type { PathPurpose } from '../schemas/paths';

/*
 * An offer that fits why a person learns. People learn for four reasons,
 * and each wants a different first screen:
 *
 * - new competencies: the paths for their role, then what serves their goals,
 *   then what is meant for their role;
 * - continuous broad development: the whole catalogue, newest first, no path
 *   pushed ahead (they choose for themselves);
 * - a new environment: their onboarding path, then what is meant for their
 *   role, then short micro-trainings to find their way;
 * - forced change: the mandatory and change paths, earliest due date first.
 *
 * Whatever the motivation, every training the person may follow is in the
 * list exactly once (nothing is hidden, only ordered), nothing outside their
 * audience or not yet published gets in, and everything they finished sinks
 * below everything open, so a done item never outranks an open one of the
 * same path.
 */

export interface OfferItem {
  id: string;
  audience: AudienceRule;
  publishedAt: string;
  kind: 'micro' | 'macro' | 'classroom';
  competencies: readonly string[];
  /** Meant for particular roles (rather than everyone), among them the person's. */
  forRole: boolean;
}

export interface OfferPath {
  id: string;
  purpose: PathPurpose;
  mandatory: boolean;
  /** YYYY-MM-DD or null. */
  dueDate: string | null;
  itemIds: readonly string[];
  audience: AudienceRule;
}

export interface OfferInput {
  motivation: Motivation | null;
  facts: AudienceFacts;
  items: readonly OfferItem[];
  paths: readonly OfferPath[];
  goalCompetencies: readonly string[];
  done: ReadonlySet<string>;
  nowIso: string;
}

type Tier = (items: readonly OfferItem[], paths: readonly OfferPath[], input: OfferInput) => string[];

const ids = (items: readonly OfferItem[]) => items.map((i) => i.id);
const inPaths = (paths: readonly OfferPath[]) => paths.flatMap((p) => p.itemIds);
const byDueDate = (a: OfferPath, b: OfferPath) => (a.dueDate ?? '9999-12-31').localeCompare(b.dueDate ?? '9999-12-31') || a.id.localeCompare(b.id);

const pathsFor = (purpose: PathPurpose): Tier => (_items, paths) => inPaths(paths.filter((p) => p.purpose === purpose));
const mandatoryFirst: Tier = (_items, paths) => inPaths(paths.filter((p) => p.mandatory || p.purpose === 'change').sort(byDueDate));
const servingGoals: Tier = (items, _paths, input) => ids(items.filter((i) => i.competencies.some((c) => input.goalCompetencies.includes(c))));
const forMyRole: Tier = (items) => ids(items.filter((i) => i.forRole));
const microFirst: Tier = (items) => ids(items.filter((i) => i.kind === 'micro'));

/** The tiers each motivation puts first, in order; what no tier names follows, newest first. */
const TIERS: Record<Motivation | 'none', readonly Tier[]> = {
  new_competencies: [pathsFor('role'), servingGoals, forMyRole],
  broad_development: [],
  new_environment: [pathsFor('onboarding'), forMyRole, microFirst],
  forced_change: [mandatoryFirst],
  // No intake answer yet: what is mandatory still comes first.
  none: [(items, paths) => inPaths(paths.filter((p) => p.mandatory).sort(byDueDate))],
};

/**
 * The trainings the person may follow, best first for their motivation.
 *
 * @example recommend({ motivation: 'forced_change', facts, items, paths, goalCompetencies: [], done: new Set(), nowIso }) // the BHV path's items first
 */
export function recommend(input: OfferInput): string[] {
  const reachable = input.items.filter((i) => i.publishedAt <= input.nowIso && isInAudience(i.audience, input.facts));
  const reachableIds = new Set(ids(reachable));
  const paths = input.paths
    .filter((p) => isInAudience(p.audience, input.facts))
    .map((p) => ({ ...p, itemIds: p.itemIds.filter((id) => reachableIds.has(id)) }));
  const newestFirst = [...reachable].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.id.localeCompare(b.id));
  const ordered = new Set<string>();
  for (const tier of TIERS[input.motivation ?? 'none']) for (const id of tier(newestFirst, paths, input)) ordered.add(id);
  for (const id of ids(newestFirst)) ordered.add(id);
  const all = [...ordered];
  return [...all.filter((id) => !input.done.has(id)), ...all.filter((id) => input.done.has(id))];
}

/** Everyone: the offer the app holds is already the person's own. */
const EVERYONE: AudienceRule = { kind: 'all', rules: [] };

/**
 * The order again from the offer the app keeps, e.g. after a training done
 * offline: the same rule as the server's, over what the server sent (which
 * holds only what the person may follow, so the audience is everyone).
 *
 * @example reorderOffer(offer, new Set([...offer.items.filter((i) => i.done).map((i) => i.id), justDone]), new Date().toISOString())
 */
export function reorderOffer(
  offer: {
    motivation: Motivation | null;
    goalCompetencies: readonly string[];
    items: ReadonlyArray<{ id: string; kind: OfferItem['kind']; publishedAt: string; competencies: readonly string[]; forRole: boolean }>;
    paths: ReadonlyArray<{ id: string; purpose: PathPurpose; mandatory: boolean; dueDate: string | null; items: ReadonlyArray<{ id: string }> }>;
  },
  done: ReadonlySet<string>,
  nowIso: string,
): string[] {
  return recommend({
    motivation: offer.motivation,
    facts: { role: '', language: '', departmentId: null, teamId: null, savedGroupIds: [] },
    items: offer.items.map((i) => ({ ...i, audience: EVERYONE })),
    paths: offer.paths.map((p) => ({ ...p, itemIds: p.items.map((i) => i.id), audience: EVERYONE })),
    goalCompetencies: offer.goalCompetencies,
    done,
    nowIso,
  });
}
