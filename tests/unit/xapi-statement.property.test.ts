import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import xapiValidation from 'xapi-validation';
import { buildStatement, isoDuration, type LearnedThing } from '../../shared/domain/xapi-statement';

const validate = (xapiValidation as unknown as { default?: typeof xapiValidation }).default ?? xapiValidation;

const title = fc.record({ nl: fc.string({ minLength: 1, maxLength: 80 }), en: fc.string({ minLength: 1, maxLength: 80 }) });
const key = fc.string({ minLength: 1, maxLength: 40 });
const thing: fc.Arbitrary<LearnedThing> = fc.oneof(
  fc.record({ kind: fc.constant('training_completed' as const), itemId: key, title, durationSeconds: fc.option(fc.nat(100_000), { nil: null }) }),
  fc.record({ kind: fc.constant('question_answered' as const), itemId: key, questionId: key, title, correct: fc.option(fc.boolean(), { nil: null }) }),
  fc.record({ kind: fc.constant('path_finished' as const), pathId: key, title }),
);

describe('xAPI statements', () => {
  it('every statement built passes the independent validator, whatever the titles, ids and results', () => {
    fc.assert(
      fc.property(fc.uuid(), thing, fc.date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }), fc.boolean(), (statementId, learned, at, byEmail) => {
        const statement = buildStatement({
          statementId,
          homePage: 'https://leerlust.anker.example/',
          actor: byEmail ? { email: 'sanne@anker.example' } : { account: 'Zm9vYmFy' },
          thing: learned,
          at: at.toISOString(),
        });
        expect(validate(statement)).toEqual([]);
        expect(statement.id).toBe(statementId);
      }),
    );
  });

  it('writes durations as ISO 8601', () => {
    expect([0, 59, 200, 3600, 3725].map(isoDuration)).toEqual(['PT0S', 'PT59S', 'PT3M20S', 'PT1H', 'PT1H2M5S']);
  });
});
