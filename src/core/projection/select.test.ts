import { describe, expect, it } from 'vitest';
import { matchRows, topRows } from './select.ts';

describe('row selection', () => {
  const words = ['the', 'King', 'queen', 'kingdom', '東京', 'walking'];
  it('takes the first N rows', () => {
    expect(Array.from(topRows(6, 3))).toEqual([0, 1, 2]);
    expect(Array.from(topRows(2, 10))).toEqual([0, 1]);
  });
  it('matches substrings case-insensitively in frequency order, up to a limit', () => {
    expect(Array.from(matchRows(words, 'king', 10))).toEqual([1, 3, 5]);
    expect(Array.from(matchRows(words, 'KING', 2))).toEqual([1, 3]);
    expect(Array.from(matchRows(words, '東', 10))).toEqual([4]);
    expect(Array.from(matchRows(words, '  ', 10))).toEqual([]);
  });
  it('accepts a regular expression between slashes', () => {
    expect(Array.from(matchRows(words, '/^k/', 10))).toEqual([1, 3]);
    expect(() => matchRows(words, '/(/', 10)).toThrow('/(/ is not a valid regular expression.');
  });
});
