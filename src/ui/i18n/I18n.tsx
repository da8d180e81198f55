import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo } from 'react';
import { UI_LANGUAGE } from '../url/groups';
import { useUrlState } from '../url/store';
import { type MessageKey, type Params, preferredLanguage, translate, type UiLanguage } from './messages';

export type Translate = (key: MessageKey, params?: Params) => string;

interface I18nValue {
  lang: UiLanguage;
  setLang: (lang: UiLanguage) => void;
  t: Translate;
}

const I18nContext = createContext<I18nValue>({
  lang: 'en',
  setLang: () => {},
  t: (key, params) => translate('en', key, params),
});

/**
 * Holds the interface language: the browser's preference on a first visit, then whatever the
 * user picked (remembered in localStorage). Also sets `<html lang>`, so screen readers and the
 * browser's font choice for CJK text follow the interface.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [stored, setStored] = useUrlState(UI_LANGUAGE);
  const lang = stored.lang ?? preferredLanguage(typeof navigator === 'undefined' ? [] : navigator.languages);
  const setLang = useCallback((next: UiLanguage) => setStored({ lang: next }), [setStored]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo<I18nValue>(
    () => ({ lang, setLang, t: (key, params) => translate(lang, key, params) }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** `const { t } = useI18n(); t('train.start')` — the current language's string for a key. */
export function useI18n(): I18nValue {
  return useContext(I18nContext);
}
