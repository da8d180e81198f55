import { describe, expect, it } from 'vitest';
import { DEFAULT_BLOCKLIST } from './blocklist-default.ts';
import {
  DEFAULT_BLOCKLIST_SIZE,
  DEFAULT_WORD_FILTER,
  maskWords,
  normalizeWord,
  parseEntries,
  WordFilter,
} from './wordFilter.ts';

describe('WordFilter', () => {
  it('matches whole words after NFKC and lower-casing', () => {
    const f = new WordFilter(['Badword', 'ｶﾀｶﾅ']);
    expect(f.matches('badword')).toBe(true);
    expect(f.matches('BADWORD')).toBe(true);
    expect(f.matches('ＢＡＤＷＯＲＤ')).toBe(true); // full-width Latin
    expect(f.matches('カタカナ')).toBe(true); // half-width entry, full-width word
    expect(f.matches('badwords')).toBe(false); // whole words only
    expect(f.matches('notbadword')).toBe(false);
    expect(normalizeWord('Ｆｏｏ')).toBe('foo');
  });

  it('treats a trailing * as any ending, and ignores a lone *', () => {
    const f = new WordFilter(['zork*', '*', 'a*b']);
    expect(f.matches('zork')).toBe(true);
    expect(f.matches('zorking')).toBe(true);
    expect(f.matches('ZORKED')).toBe(true);
    expect(f.matches('azork')).toBe(false);
    expect(f.matches('a*b')).toBe(true); // a * inside is an ordinary character
    expect(f.matches('axb')).toBe(false);
    expect(f.matches('whale')).toBe(false);
    expect(f.size).toBe(2);
  });

  it('masks rows and words', () => {
    const f = new WordFilter(['b', 'd*']);
    const { mask, hidden } = f.hide(['a', 'b', 'c', 'dd', 'e']);
    expect(hidden).toBe(2);
    expect(Array.from(mask!)).toEqual([0, 1, 0, 1, 0]);
    expect(f.hide(['a', 'c']).mask).toBeNull();
    expect(maskWords(['a', 'B', 'dog'], f)).toEqual(['a', null, null]);
    expect(maskWords(['a', 'b'], null)).toEqual(['a', 'b']);
  });

  it('comes from a setting: off by default, built-in list and own words', () => {
    expect(WordFilter.from(DEFAULT_WORD_FILTER)).toBeNull();
    const on = WordFilter.from({ enabled: true, builtIn: true, words: ['whale'] })!;
    expect(on.size).toBe(DEFAULT_BLOCKLIST_SIZE + 1);
    expect(on.matches('whale')).toBe(true);
    expect(on.matches(DEFAULT_BLOCKLIST[0].replace('*', 'ing'))).toBe(true);
    const own = WordFilter.from({ enabled: true, builtIn: false, words: ['whale'] })!;
    expect(own.size).toBe(1);
    expect(own.matches(DEFAULT_BLOCKLIST[1].replace('*', ''))).toBe(false);
    expect(WordFilter.from({ enabled: true, builtIn: false, words: [] })).toBeNull();
  });

  it('the built-in list leaves everyday words, names and the built-in corpora’s favourites alone', () => {
    const f = new WordFilter(DEFAULT_BLOCKLIST);
    for (const w of [
      'moby',
      'dick',
      'whale',
      'cock',
      'pussy',
      'country',
      'japan',
      'japanese',
      'spice',
      'cocktail',
      '殺す',
      '猫',
      'shittim',
    ]) {
      expect(f.matches(w), w).toBe(false);
    }
    expect(f.matches('ｷﾁｶﾞｲ')).toBe(true);
  });

  it('reads entries typed one per line or separated by spaces and commas', () => {
    expect(parseEntries(' a, b\nc   d、e\n\n')).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
