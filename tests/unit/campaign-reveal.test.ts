import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heldUntilKickoff } from '../../shared/domain/reveal';

const moment = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T23:59:59Z'), noInvalidDate: true }).map((d) => d.toISOString());

describe('heldUntilKickoff', () => {
  it('never publishes a campaign teaser before its kick-off, and never earlier than asked', () => {
    fc.assert(
      fc.property(moment, moment, (requested, kickoff) => {
        const held = heldUntilKickoff(requested, kickoff);
        expect(held).not.toBeNull();
        expect((held ?? '') >= kickoff).toBe(true);
        expect((held ?? '') >= requested).toBe(true);
        expect([requested, kickoff]).toContain(held);
      }),
    );
  });

  it('keeps a draft a draft, and leaves teasers of a campaign without a kick-off as asked', () => {
    fc.assert(fc.property(moment, (m) => heldUntilKickoff(null, m) === null));
    fc.assert(fc.property(moment, (m) => heldUntilKickoff(m, null) === m));
  });
});
