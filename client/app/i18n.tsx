import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { loadMessages } from '../../shared/i18n/catalogues';
import type { MessageKey, Messages } from '../../shared/i18n/en';
import { format } from '../../shared/i18n/format';
import type { Language } from '../../shared/schemas/common';

const STORAGE_KEY = 'leerlust.language';

/** The person's choice if they made one, else the browser's preference. */
export function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored === 'nl' || stored === 'en') return stored;
  const preferred = navigator.languages.find((l) => /^(nl|en)\b/i.test(l));
  return preferred?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

export interface LoadedLanguage {
  language: Language;
  messages: Messages;
}

interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t(key: MessageKey, values?: Record<string, string | number>): string;
}

const I18nContext = createContext<I18n | null>(null);

/** Provides the UI texts; starts with the catalogue main.tsx loaded before the first render. */
export function I18nProvider({ initial, children }: { initial: LoadedLanguage; children: ComponentChildren }) {
  const [loaded, setLoaded] = useState<LoadedLanguage>(initial);
  useEffect(() => {
    document.documentElement.lang = loaded.language;
  }, [loaded.language]);
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(STORAGE_KEY, next);
    void loadMessages(next).then((messages) => setLoaded((current) => (current.language === next ? current : { language: next, messages })));
  }, []);
  const value = useMemo<I18n>(
    () => ({ language: loaded.language, setLanguage, t: (key, values) => format(loaded.messages[key], values) }),
    [loaded, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
