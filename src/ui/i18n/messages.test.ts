import { describe, expect, it } from 'vitest';
import { CATALOGS, format, LANGUAGES, preferredLanguage, translate } from './messages';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('interface catalogues', () => {
  it('give every key a non-empty string in every language, with the same placeholders as English', () => {
    for (const lang of LANGUAGES) {
      for (const [key, english] of Object.entries(CATALOGS.en)) {
        const text = CATALOGS[lang][key as keyof typeof CATALOGS.en];
        expect(text, `${lang} ${key}`).toBeTruthy();
        expect(placeholders(text), `${lang} ${key}`).toEqual(placeholders(english));
      }
    }
  });

  it('has no key in Japanese that English lacks', () => {
    expect(Object.keys(CATALOGS.ja).sort()).toEqual(Object.keys(CATALOGS.en).sort());
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{count} words in {name}', { count: 3, name: 'x' })).toBe('3 words in x');
    expect(format('{count} words', {})).toBe('{count} words');
    expect(translate('ja', 'app.stage.train')).toBe('2 · 学習');
  });

  it('picks the first supported browser language', () => {
    expect(preferredLanguage(['fr-FR', 'ja-JP', 'en'])).toBe('ja');
    expect(preferredLanguage(['de'])).toBe('en');
    expect(preferredLanguage([])).toBe('en');
  });
});
