import type { Language } from '../schemas/common';

/**
 * Picks the text in the person's language, else the other one, marked as a
 * fallback so the UI can say so. Null only when there is no text at all.
 *
 * @example pickLanguage([{ language: 'en', hook: 'Hi' }], 'nl') // { text: {…en}, isFallback: true }
 */
export function pickLanguage<T extends { language: Language }>(
  texts: readonly T[],
  wanted: Language,
): { text: T; isFallback: boolean } | null {
  const own = texts.find((t) => t.language === wanted);
  if (own) return { text: own, isFallback: false };
  const other = texts[0];
  return other ? { text: other, isFallback: true } : null;
}
