import { organisationLanguageContract } from '../../shared/contracts/organisation-language';
import { DEFAULT_ORGANISATION_LANGUAGE } from '../../shared/domain/organisation';
import type { Language } from '../../shared/schemas/common';
import { call } from './api';

const CACHE_KEY = 'leerlust.organisationLanguage';
/** The first paint waits for the answer, so not for long: a slow network gets the usual default. */
const ASK_TIMEOUT_MS = 3000;

/**
 * The language of a phone that speaks none of Leerlust's: the
 * organisation's default, so what the person reads before signing in is
 * what the sign-in mail and the app after it say. The answer this phone
 * had last is used at once (and refreshed for next time); the first time,
 * it is asked before the first paint.
 */
export async function organisationLanguage(): Promise<Language> {
  const asked = call(organisationLanguageContract, undefined, { timeoutMs: ASK_TIMEOUT_MS }).then(({ defaultLanguage }) => {
    localStorage.setItem(CACHE_KEY, defaultLanguage);
    return defaultLanguage;
  });
  const cached = localStorage.getItem(CACHE_KEY);
  if (cached === 'nl' || cached === 'en') {
    asked.catch(() => undefined);
    return cached;
  }
  return asked.catch(() => DEFAULT_ORGANISATION_LANGUAGE);
}
