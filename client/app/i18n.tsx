import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { loadMessages } from '../../shared/i18n/catalogues';
import type { MessageKey, Messages } from '../../shared/i18n/en';
import { format } from '../../shared/i18n/format';
import type { Language } from '../../shared/schemas/common';
import { phoneLanguage } from './locale';

const STORAGE_KEY = 'leerlust.language';

/**
 * The person's choice if they made one, else the phone's language if
 * Leerlust speaks it; null when neither (the organisation's default then
 * applies: organisation-language.ts).
 */
export function initialLanguage(): Language | null {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored === 'nl' || stored === 'en') return stored;
  return phoneLanguage();
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
    () => ({ language: loaded.language, setLanguage, t: (key, values) => format(loaded.messages[key], values, loaded.language) }),
    [loaded, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/**
 * A part of a screen held in one language (a kick-off page in its
 * campaign's language when the person reads neither of the campaign's):
 * the fixed words inside follow it, so a page is never half one language
 * and half the other. Shows nothing until that catalogue has loaded.
 */
export function TextsIn({ language, children }: { language: Language; children: ComponentChildren }) {
  const outer = useI18n();
  const [loaded, setLoaded] = useState<LoadedLanguage | null>(null);
  const differs = language !== outer.language;
  useEffect(() => {
    if (differs) void loadMessages(language).then((messages) => setLoaded({ language, messages }));
  }, [language, differs]);
  const value = useMemo<I18n | null>(() => {
    if (!differs) return outer;
    if (loaded?.language !== language) return null;
    return { ...outer, language, t: (key, values) => format(loaded.messages[key], values) };
  }, [outer, differs, loaded, language]);
  if (!value) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** A feature's own texts in both languages; they load with the feature's screens. */
export interface FeatureText<K extends string> {
  en: Record<K, string>;
  nl: Record<K, string>;
}

type KeysOf<C> = C extends FeatureText<infer K> ? K : never;

/**
 * Like useI18n, with the texts of one or more features on top of the
 * shared ones (which hold what the first screen and every screen need).
 *
 * @example const { t } = useFeatureText(trainingText); t('training.next');
 */
export function useFeatureText<C extends FeatureText<string>[]>(...catalogues: C) {
  const i18n = useI18n();
  const t = (key: MessageKey | KeysOf<C[number]>, values?: Record<string, string | number>): string => {
    for (const catalogue of catalogues) {
      const text = catalogue[i18n.language][key];
      if (text !== undefined) return format(text, values, i18n.language);
    }
    return i18n.t(key as MessageKey, values);
  };
  return { ...i18n, t };
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
