import { createContext, Fragment, type ReactNode, useCallback, useContext, useEffect, useMemo } from 'react';
import type { Phrase } from '../../core/errors';
import { UI_LANGUAGE } from '../url/groups';
import { useUrlState } from '../url/store';
import { type MessageKey, type Params, preferredLanguage, translate, type UiLanguage } from './messages';
import { phraseText, type Shown, showIn } from './shown';

export type Translate = (key: MessageKey, params?: Params) => string;

interface I18nValue {
  lang: UiLanguage;
  setLang: (lang: UiLanguage) => void;
  t: Translate;
  /** A kept sentence (catalogue key, error, worker phrase) in the current language. */
  show: (s: Shown) => string;
  /** A worker's phrase in the current language; a plain string (older saved data) as it is. */
  say: (p: Phrase | string) => string;
  /** A number with the current language's grouping and exactly `digits` decimals (like toFixed). */
  num: (n: number, digits?: number) => string;
  /** A moment (epoch milliseconds) as date and time, the current language's way. */
  date: (ms: number) => string;
  /**
   * A sentence with elements inside (a button, code): `{name}` placeholders become `parts[name]`,
   * so each language places them where its grammar wants them.
   */
  rich: (key: MessageKey, parts: Record<string, ReactNode>) => ReactNode[];
}

function richText(template: string, parts: Record<string, ReactNode>): ReactNode[] {
  return template
    .split(/\{(\w+)\}/)
    .map((piece, i) =>
      i % 2 === 0 ? piece : <Fragment key={`${piece}-${i}`}>{parts[piece] ?? `{${piece}}`}</Fragment>,
    );
}

const LOCALES: Record<UiLanguage, string> = { en: 'en-US', ja: 'ja-JP' };

function valueFor(lang: UiLanguage, setLang: (lang: UiLanguage) => void): I18nValue {
  const locale = LOCALES[lang];
  return {
    lang,
    setLang,
    t: (key, params) => translate(lang, key, params),
    show: (s) => showIn(lang, s),
    say: (p) => (typeof p === 'string' ? p : phraseText(lang, p)),
    num: (n, digits = 0) =>
      n.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }),
    date: (ms) => new Date(ms).toLocaleString(locale),
    rich: (key, parts) => richText(translate(lang, key), parts),
  };
}

const I18nContext = createContext<I18nValue>(valueFor('en', () => {}));

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
  const value = useMemo(() => valueFor(lang, setLang), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** `const { t } = useI18n(); t('train.start')` — the current language's string for a key. */
export function useI18n(): I18nValue {
  return useContext(I18nContext);
}
