import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInAudience, type AudienceFacts, type AudienceRule } from '../../shared/domain/audience';
import { recommend, reorderOffer, type OfferInput, type OfferItem, type OfferPath } from '../../shared/domain/recommendations';
import { MOTIVATIONS } from '../../shared/schemas/intake';
import { PATH_PURPOSES } from '../../shared/schemas/paths';

const NOW = '2026-06-01T09:00:00.000Z';
const teams = ['ward-3', 'kitchen', 'night'];
const roles = ['employee', 'manager'];
const competencies = ['EPD', 'BHV', 'hygiene', 'coaching'];

const audience: fc.Arbitrary<AudienceRule> = fc.oneof(
  fc.constant<AudienceRule>({ kind: 'all', rules: [] }),
  fc.subarray(teams, { minLength: 1 }).map((ids): AudienceRule => ({ kind: 'team', ids })),
  fc.subarray(roles, { minLength: 1 }).map((r): AudienceRule => ({ kind: 'role', roles: r })),
);

const facts: fc.Arbitrary<AudienceFacts> = fc.record({
  role: fc.constantFrom(...roles),
  language: fc.constantFrom('nl', 'en'),
  departmentId: fc.constant(null),
  teamId: fc.option(fc.constantFrom(...teams), { nil: null }),
  savedGroupIds: fc.constant([]),
});

const offerInput: fc.Arbitrary<OfferInput> = fc
  .uniqueArray(
    fc.record({
      id: fc.uuid(),
      audience,
      publishedAt: fc.constantFrom('2026-01-01T00:00:00.000Z', '2026-05-31T00:00:00.000Z', '2026-07-01T00:00:00.000Z'),
      kind: fc.constantFrom('micro' as const, 'macro' as const, 'classroom' as const),
      competencies: fc.subarray(competencies),
      forRole: fc.boolean(),
    }),
    { selector: (i) => i.id, minLength: 1, maxLength: 15 },
  )
  .chain((items: OfferItem[]) =>
    fc.record({
      motivation: fc.option(fc.constantFrom(...MOTIVATIONS), { nil: null }),
      facts,
      items: fc.constant(items),
      paths: fc.array(
        fc.record({
          id: fc.uuid(),
          purpose: fc.constantFrom(...PATH_PURPOSES),
          mandatory: fc.boolean(),
          dueDate: fc.option(fc.constantFrom('2026-06-15', '2026-07-01'), { nil: null }),
          // Paths may hold trainings the person cannot follow, or not yet: those never get in.
          itemIds: fc.shuffledSubarray(items.map((i) => i.id)),
          audience,
        }) as fc.Arbitrary<OfferPath>,
        { maxLength: 4 },
      ),
      goalCompetencies: fc.subarray(competencies),
      done: fc.subarray(items.map((i) => i.id)).map((ids) => new Set(ids)),
      nowIso: fc.constant(NOW),
    }),
  );

const reachable = (input: OfferInput) => input.items.filter((i) => i.publishedAt <= input.nowIso && isInAudience(i.audience, input.facts)).map((i) => i.id);

describe('recommendations per motivation', () => {
  it('keeps every published, targeted training reachable exactly once, for every motivation', () => {
    fc.assert(
      fc.property(offerInput, (input) => {
        for (const motivation of [...MOTIVATIONS, null]) {
          const order = recommend({ ...input, motivation });
          expect(order).toHaveLength(new Set(order).size);
          expect(new Set(order)).toEqual(new Set(reachable(input)));
        }
      }),
    );
  });

  it('lets nothing untargeted or unpublished leak in', () => {
    fc.assert(
      fc.property(offerInput, (input) => {
        const allowed = new Set(reachable(input));
        expect(recommend(input).filter((id) => !allowed.has(id))).toEqual([]);
      }),
    );
  });

  it('never ranks a done training of a path above an open one of the same path', () => {
    fc.assert(
      fc.property(offerInput, (input) => {
        const order = recommend(input);
        const rank = new Map(order.map((id, index) => [id, index]));
        for (const path of input.paths) {
          const inList = path.itemIds.filter((id) => rank.has(id));
          const open = inList.filter((id) => !input.done.has(id));
          const done = inList.filter((id) => input.done.has(id));
          for (const d of done) for (const o of open) expect(rank.get(d)).toBeGreaterThan(rank.get(o) ?? -1);
        }
      }),
    );
  });

  it('puts the earliest-due mandatory path first for forced change, and the onboarding path first for a new environment', () => {
    const item = (id: string): OfferItem => ({ id, audience: { kind: 'all', rules: [] }, publishedAt: '2026-01-01T00:00:00.000Z', kind: 'macro', competencies: [], forRole: false });
    const path = (id: string, purpose: OfferPath['purpose'], itemIds: string[], mandatory = false, dueDate: string | null = null): OfferPath => ({
      id,
      purpose,
      mandatory,
      dueDate,
      itemIds,
      audience: { kind: 'all', rules: [] },
    });
    const input: OfferInput = {
      motivation: 'forced_change',
      facts: { role: 'employee', language: 'nl', departmentId: null, teamId: null, savedGroupIds: [] },
      items: ['a', 'b', 'c', 'd'].map(item),
      paths: [path('late', 'change', ['c'], true, '2026-09-01'), path('soon', 'change', ['b'], true, '2026-06-15'), path('welcome', 'onboarding', ['d'])],
      goalCompetencies: [],
      done: new Set(),
      nowIso: NOW,
    };
    expect(recommend(input).slice(0, 2)).toEqual(['b', 'c']);
    expect(recommend({ ...input, motivation: 'new_environment' })[0]).toBe('d');
  });

  it('gives the same order from the offer the app keeps as from the server', () => {
    fc.assert(
      fc.property(offerInput, (input) => {
        const allowed = new Set(reachable(input));
        const items = input.items.filter((i) => allowed.has(i.id));
        const paths = input.paths.filter((p) => isInAudience(p.audience, input.facts)).map((p) => ({ ...p, items: p.itemIds.filter((id) => allowed.has(id)).map((id) => ({ id })) }));
        expect(reorderOffer({ motivation: input.motivation, goalCompetencies: input.goalCompetencies, items, paths }, input.done, input.nowIso)).toEqual(recommend(input));
      }),
    );
  });
});
