import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCalendarDay, formatDateTime, fullLocale, phoneLanguage } from '../../client/app/locale';

const SUNDAY_AFTERNOON = '2026-12-06T13:00:00Z';
const full = { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Amsterdam' } as const;

describe("the phone's language", () => {
  it("is Leerlust's first language among the phone's, or none for a phone speaking neither", () => {
    expect(phoneLanguage(['fr-FR'])).toBeNull();
    expect(phoneLanguage(['fr-FR', 'de'])).toBeNull();
    expect(phoneLanguage(['fr-FR', 'en-US', 'nl'])).toBe('en');
    expect(phoneLanguage(['nl-BE'])).toBe('nl');
    // "new" is not English: the language tag must stand alone.
    expect(phoneLanguage(['enx'])).toBeNull();
  });
});

describe('dates and times in the full locale', () => {
  it("takes the phone's own variant of the language, else the usual one", () => {
    expect(fullLocale('en', ['en-GB'])).toBe('en-GB');
    expect(fullLocale('en', ['nl-NL', 'en-US'])).toBe('en-US');
    expect(fullLocale('en', ['fr-FR'])).toBe('en-GB');
    expect(fullLocale('nl', ['nl-BE'])).toBe('nl-BE');
    expect(fullLocale('nl', ['en-GB'])).toBe('nl-NL');
  });

  it('writes en-GB the British way and en-US the American way, not by the bare language', () => {
    const british = formatDateTime(SUNDAY_AFTERNOON, 'en', full, ['en-GB']);
    expect(british).toMatch(/^Sunday,? 6 December 2026(,| at) 14:00$/);
    const american = formatDateTime(SUNDAY_AFTERNOON, 'en', full, ['en-US']);
    expect(american).toMatch(/^Sunday, December 6, 2026(,| at) 2:00\s?PM$/);
    expect(formatDateTime(SUNDAY_AFTERNOON, 'nl', full, ['fr-FR'])).toBe('zondag 6 december 2026 om 14:00');
  });

  it('reads a calendar day as the same day in every zone', () => {
    expect(formatCalendarDay('2026-12-06', 'nl', 'long', ['nl-NL'])).toBe('6 december 2026');
    expect(formatCalendarDay('2026-12-06', 'en', 'short', ['en-GB'])).toBe('6 Dec 2026');
  });
});

/** Every source file of the app, for the check below. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('one way to write a date in the app', () => {
  it('formats dates and times only through client/app/locale.ts', () => {
    const root = join(import.meta.dirname, '../..');
    const own = sourceFiles(join(root, 'client')).filter((path) => !path.endsWith(join('client', 'app', 'locale.ts')));
    // Asking the phone its time zone (DateTimeFormat().resolvedOptions()) formats nothing and stays allowed.
    const formatting = /new Intl\.DateTimeFormat\(|\.toLocale(?:Date|Time)?String\(/;
    const offenders = own.filter((path) => formatting.test(readFileSync(path, 'utf8'))).map((path) => relative(root, path));
    expect(offenders).toEqual([]);
  });
});
