import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activityKinds, type ActivityKind } from '../../shared/domain/learning-activity';
import { defaultPointValues, MAX_POINT_VALUE, pointsFor, resolvePointValues, totalPoints, type PointEvent } from '../../shared/domain/points';

describe('points', () => {
  it('rewards learning by default, and starting nothing', () => {
    expect(activityKinds.map((kind) => pointsFor(kind))).toEqual([10, 2, 1, 0, 10, 0, 20]);
    expect(pointsFor({ kind: 'question_answered', correct: true })).toBe(2);
    expect(pointsFor({ kind: 'question_answered', correct: false })).toBe(0);
    expect(totalPoints([{ kind: 'training_completed' }, { kind: 'question_answered' }, { kind: 'teaser_opened' }])).toBe(13);
    expect(totalPoints([])).toBe(0);
  });

  it('merges an admin override over the defaults without changing them', () => {
    const values = resolvePointValues({ training_completed: 25, teaser_opened: 0 });
    expect(values).toEqual({ ...defaultPointValues, training_completed: 25, teaser_opened: 0 });
    expect(pointsFor('training_completed', values)).toBe(25);
    expect(defaultPointValues.training_completed).toBe(10);
    expect(resolvePointValues({})).toEqual(defaultPointValues);
  });

  it.each([
    [{ training_completed: -1 }],
    [{ question_answered: 2.5 }],
    [{ teaser_opened: MAX_POINT_VALUE + 1 }],
    [{ teaser_opened: Number.NaN }],
    [{ teaser_opened: undefined }],
    [JSON.parse('{"training_completed":"10"}') as Record<string, number>],
    [JSON.parse('{"lunch_eaten":5}') as Record<string, number>],
  ])('refuses %j', (overrides) => {
    expect(() => resolvePointValues(overrides)).toThrow(RangeError);
  });

  it('gives a kind it does not know nothing rather than NaN', () => {
    expect(totalPoints([JSON.parse('{"kind":"idea_posted"}') as PointEvent, { kind: 'training_completed' }])).toBe(10);
  });

  it('adds up to the sum of its parts, never below 0', () => {
    const value = fc.integer({ min: 0, max: MAX_POINT_VALUE });
    const overrides = fc.record(Object.fromEntries(activityKinds.map((kind) => [kind, value])) as Record<ActivityKind, typeof value>, {
      requiredKeys: [],
    });
    const event = fc.record({ kind: fc.constantFrom(...activityKinds), correct: fc.boolean() }, { requiredKeys: ['kind'] });
    fc.assert(fc.property(overrides, fc.array(event, { maxLength: 50 }), (override, events) => {
      const values = resolvePointValues(override);
      const total = totalPoints(events, values);
      expect(total).toBe(events.reduce((sum, e) => sum + pointsFor(e, values), 0));
      expect(total).toBeGreaterThanOrEqual(0);
      expect(Number.isInteger(total)).toBe(true);
    }));
  });
});
