import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { en, format, nl, type MessageKey } from '../../shared/i18n/messages';
import type { Language } from '../../shared/schemas/common';

const catalogues = { en, nl } as const;
const STORAGE_KEY = 'leerlust.language';

/** The person's choice if they made one, else the browser's preference. */
export function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored === 'nl' || stored === 'en') return stored;
  const preferred = navigator.languages.find((l) => /^(nl|en)\b/i.test(l));
  return preferred?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t(key: MessageKey, values?: Record<string, string | number>): string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ComponentChildren }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLanguageState(next);
  }, []);
  const value = useMemo<I18n>(
    () => ({ language, setLanguage, t: (key, values) => format(catalogues[language][key], values) }),
    [language, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
