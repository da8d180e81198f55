/**
 * Every string the interface shows, in every interface language. Each area of the page keeps
 * its strings in `catalog/<area>.ts` as an English object and a Japanese object typed against it,
 * so the type checker refuses a Japanese catalogue that misses a key. Templates name their
 * parameters in braces: `'{count} words'`.
 */
import * as algorithm from './catalog/algorithm';
import * as app from './catalog/app';
import * as classroom from './catalog/classroom';
import * as lessons from './catalog/lessons';
import * as wordFilter from './catalog/wordFilter';

export const LANGUAGES = ['en', 'ja'] as const;
export type UiLanguage = (typeof LANGUAGES)[number];

export const LANGUAGE_NAMES: Record<UiLanguage, string> = { en: 'English', ja: '日本語' };

const en = { ...app.en, ...classroom.en, ...algorithm.en, ...wordFilter.en, ...lessons.en };
export type MessageKey = keyof typeof en;

const ja: Record<MessageKey, string> = {
  ...app.ja,
  ...classroom.ja,
  ...algorithm.ja,
  ...wordFilter.ja,
  ...lessons.ja,
};

export const CATALOGS: Record<UiLanguage, Record<MessageKey, string>> = { en, ja };

export type Params = Record<string, string | number>;

/** Fills `{name}` placeholders; a placeholder without a parameter stays visible, so a slip shows. */
export function format(template: string, params?: Params): string {
  if (params === undefined) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

export function translate(lang: UiLanguage, key: MessageKey, params?: Params): string {
  return format(CATALOGS[lang][key] ?? CATALOGS.en[key], params);
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** The first interface language the browser prefers that we have, else English. */
export function preferredLanguage(browser: readonly string[]): UiLanguage {
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0];
    if ((LANGUAGES as readonly string[]).includes(base)) return base as UiLanguage;
  }
  return 'en';
}
