/** `{n, plural, one {…} other {…}}`: the form for the count `n`, as the language's plural rules choose it. */
const PLURAL = /\{(\w+), plural, one \{([^{}]*)\} other \{([^{}]*)\}\}/g;

/**
 * Fills `{name}` placeholders, and picks plural forms with `Intl.PluralRules`
 * for `locale` ("1 week op rij", "2 weken op rij"). Dutch and English have
 * only "one" and "other"; every other category reads as "other".
 *
 * @example format('Hi {name}!', { name: 'Sanne' }) // 'Hi Sanne!'
 * @example format('{n} {n, plural, one {week} other {weeks}}', { n: 1 }, 'en') // '1 week'
 */
export function format(template: string, values: Record<string, string | number> = {}, locale = 'en'): string {
  const plurals = template.replace(PLURAL, (whole, key: string, one: string, other: string) => {
    const count = values[key];
    if (typeof count !== 'number') return whole;
    return new Intl.PluralRules(locale).select(count) === 'one' ? one : other;
  });
  return plurals.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
