/**
 * Every string the interface shows, in every interface language. Each area of the page keeps
 * its strings in `catalog/<area>.ts` as an English object and a Japanese object typed against it,
 * so the type checker refuses a Japanese catalogue that misses a key. Templates name their
 * parameters in braces: `'{count} words'`.
 */
import type { MessageParams } from '../../core/errors';
import * as algorithm from './catalog/algorithm';
import * as app from './catalog/app';
import * as backend from './catalog/backend';
import * as classify from './catalog/classify';
import * as classroom from './catalog/classroom';
import * as corpus from './catalog/corpus';
import * as embed from './catalog/embed';
import * as errors from './catalog/errors';
import * as explore from './catalog/explore';
import * as features from './catalog/features';
import * as lessons from './catalog/lessons';
import * as notes from './catalog/notes';
import * as train from './catalog/train';
import * as wordFilter from './catalog/wordFilter';

export const LANGUAGES = ['en', 'ja'] as const;
export type UiLanguage = (typeof LANGUAGES)[number];

export const LANGUAGE_NAMES: Record<UiLanguage, string> = { en: 'English', ja: '日本語' };

const en = {
  ...app.en,
  ...classroom.en,
  ...algorithm.en,
  ...wordFilter.en,
  ...lessons.en,
  ...corpus.en,
  ...train.en,
  ...explore.en,
  ...classify.en,
  ...embed.en,
  ...features.en,
  ...backend.en,
  ...errors.en,
  ...notes.en,
};
export type MessageKey = keyof typeof en;

const ja: Record<MessageKey, string> = {
  ...app.ja,
  ...classroom.ja,
  ...algorithm.ja,
  ...wordFilter.ja,
  ...lessons.ja,
  ...corpus.ja,
  ...train.ja,
  ...explore.ja,
  ...classify.ja,
  ...embed.ja,
  ...features.ja,
  ...backend.ja,
  ...errors.ja,
  ...notes.ja,
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

/**
 * The catalogue's wording of a sentence made elsewhere (a UserError or a Phrase from a worker):
 * the template `<kind>.<code>` filled with `params`, or null when the catalogue has no such code.
 * A parameter that names one of a few fixed things (a file kind, a data set) is itself translated
 * when the catalogue has `<kind>.<code>.<param>.<value>`.
 */
export function codedTemplate(
  lang: UiLanguage,
  kind: 'error' | 'note',
  code: string,
  params: MessageParams = {},
): string | null {
  const key = `${kind}.${code}`;
  if (!isMessageKey(key)) return null;
  const filled: Params = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'object') {
      filled[name] = translateCoded(lang, 'note', value.code, value.params, value.text);
      continue;
    }
    const sub = `${key}.${name}.${value}`;
    filled[name] = isMessageKey(sub) ? translate(lang, sub) : value;
  }
  return translate(lang, key, filled);
}

/**
 * A sentence made elsewhere, in `lang`. English shows the sentence exactly as it was made (the
 * catalogue's English templates mirror it for translators, and a test keeps them equal); other
 * languages use their template, or the English sentence when the code is new to the catalogue.
 */
export function translateCoded(
  lang: UiLanguage,
  kind: 'error' | 'note',
  code: string,
  params: MessageParams | undefined,
  english: string,
): string {
  if (lang === 'en') return english;
  return codedTemplate(lang, kind, code, params) ?? english;
}

/** The first interface language the browser prefers that we have, else English. */
export function preferredLanguage(browser: readonly string[]): UiLanguage {
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0];
    if ((LANGUAGES as readonly string[]).includes(base)) return base as UiLanguage;
  }
  return 'en';
}
