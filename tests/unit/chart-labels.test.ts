import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapLabel } from '../../client/features/insights/chart-labels';

describe('wrapLabel', () => {
  it('keeps every word, in order, and no line over the limit unless it is one long word', () => {
    const words = fc.array(fc.stringMatching(/^[a-zé]{1,16}$/), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(words, fc.integer({ min: 4, max: 30 }), (list, max) => {
        const lines = wrapLabel(list.join(' '), max).split('\n');
        expect(lines.join(' ')).toBe(list.join(' '));
        for (const line of lines) expect(line.length <= max || !line.includes(' ')).toBe(true);
      }),
    );
  });

  it('wraps the Dutch stage names that ran into each other on a tablet', () => {
    expect(wrapLabel('Herinneringen aan', 14)).toBe('Herinneringen\naan');
    expect(wrapLabel('Eerste training af', 14)).toBe('Eerste\ntraining af');
    expect(wrapLabel('Bereikt', 14)).toBe('Bereikt');
  });
});
