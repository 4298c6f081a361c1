import type { Language } from '../../shared/schemas/common';

/** The first of the phone's languages that Leerlust speaks; null when it speaks none of them (a French phone). */
export function phoneLanguage(languages: readonly string[] = navigator.languages): Language | null {
  const preferred = languages.find((l) => /^(nl|en)\b/i.test(l));
  if (!preferred) return null;
  return preferred.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/**
 * The full locale for dates and numbers in `language`: the phone's own
 * variant when it has one (en-GB writes "Sunday 6 December 2026, 14:00",
 * en-US "Sunday, December 6, 2026 at 2:00 PM"), else the usual one.
 */
export function fullLocale(language: Language, languages: readonly string[] = navigator.languages): string {
  return languages.find((l) => l.toLowerCase().startsWith(`${language}-`)) ?? (language === 'nl' ? 'nl-NL' : 'en-GB');
}

// Building a DateTimeFormat costs far more than using one, and lists format a date per row.
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Every date and time the app shows goes through here, so each reads the
 * way the person's full locale writes it, never by the bare language
 * ("en" alone would pick American order for a British phone).
 *
 * @example formatDateTime('2026-12-06T13:00:00Z', 'en', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }) // 'Sunday, 6 December 2026 at 14:00' on an en-GB phone
 */
export function formatDateTime(at: Date | string, language: Language, options: Intl.DateTimeFormatOptions, languages?: readonly string[]): string {
  const locale = fullLocale(language, languages);
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter.format(typeof at === 'string' ? new Date(at) : at);
}

/**
 * A calendar day (YYYY-MM-DD, no time or zone) as people read it: the same
 * day wherever the reader is.
 *
 * @example formatCalendarDay('2026-12-06', 'nl') // '6 december 2026'
 */
export function formatCalendarDay(date: string, language: Language, month: 'long' | 'short' = 'long', languages?: readonly string[]): string {
  return formatDateTime(`${date}T00:00:00Z`, language, { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' }, languages);
}
