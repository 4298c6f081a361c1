import { describe, expect, it } from 'vitest';
import { format } from '../../shared/i18n/format';

describe('format', () => {
  it('fills placeholders', () => {
    expect(format('Hi {name}!', { name: 'Sanne' })).toBe('Hi Sanne!');
    expect(format('Hi {name}!', {})).toBe('Hi {name}!');
  });

  it("picks the plural form with the language's rules", () => {
    const nl = '{n} {n, plural, one {week op rij} other {weken op rij}}';
    const en = '{n} {n, plural, one {week in a row} other {weeks in a row}}';
    expect([0, 1, 2].map((n) => format(nl, { n }, 'nl'))).toEqual(['0 weken op rij', '1 week op rij', '2 weken op rij']);
    expect([0, 1, 2].map((n) => format(en, { n }, 'en'))).toEqual(['0 weeks in a row', '1 week in a row', '2 weeks in a row']);
  });

  it('leaves a plural whose count is missing as written', () => {
    expect(format('{n, plural, one {week} other {weeks}}', {})).toBe('{n, plural, one {week} other {weeks}}');
  });
});
