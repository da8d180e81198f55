import { describe, expect, it } from 'vitest';
import { SegmenterTokenizer, SpaceTokenizer, tokenizeToArray } from './tokenize.ts';

describe('SpaceTokenizer', () => {
  it('lowercases and splits on punctuation and dashes', () => {
    const t = new SpaceTokenizer();
    expect(tokenizeToArray(t, 'Call me Ishmael. Some years ago—never mind, 1851!')).toEqual([
      'call',
      'me',
      'ishmael',
      'some',
      'years',
      'ago',
      'never',
      'mind',
      '1851',
    ]);
  });

  it('emits a boundary at every newline, blank lines included, none after the last line', () => {
    const t = new SpaceTokenizer();
    expect(tokenizeToArray(t, 'a b\n\nc\r\nd')).toEqual(['a', 'b', '</s>', '</s>', 'c', '</s>', 'd']);
    expect(tokenizeToArray(t, 'a\n')).toEqual(['a', '</s>']);
    expect(tokenizeToArray(t, '')).toEqual([]);
  });

  it('keeps inner apostrophes, unifies the typographic one, drops quote marks', () => {
    const t = new SpaceTokenizer();
    expect(tokenizeToArray(t, "'Don't,' said the whale’s mate 'tis")).toEqual([
      "don't",
      'said',
      'the',
      "whale's",
      'mate',
      'tis',
    ]);
    expect(tokenizeToArray(new SpaceTokenizer({ apostrophes: false }), "don't")).toEqual(['don', 't']);
  });

  it('is Unicode-aware and configurable', () => {
    expect(tokenizeToArray(new SpaceTokenizer(), 'Café NAÏVE Ελλάδα')).toEqual(['café', 'naïve', 'ελλάδα']);
    expect(tokenizeToArray(new SpaceTokenizer({ lowercase: false }), 'Café NAÏVE')).toEqual([
      'Café',
      'NAÏVE',
    ]);
    expect(tokenizeToArray(new SpaceTokenizer({ wordChars: '\\p{L}' }), 'r2d2 c-3po')).toEqual([
      'r',
      'd',
      'c',
      'po',
    ]);
    expect(tokenizeToArray(new SpaceTokenizer({ wordChars: '\\p{L}\\p{N}_-' }), 'snake_case x-ray')).toEqual([
      'snake_case',
      'x-ray',
    ]);
  });
});

describe('SegmenterTokenizer', () => {
  it('segments Japanese and keeps line boundaries', () => {
    const tokens = tokenizeToArray(new SegmenterTokenizer('ja'), '吾輩は猫である。\n名前はまだ無い。');
    expect(tokens).toContain('猫');
    expect(tokens.filter((t) => t === '</s>')).toHaveLength(1);
    expect(tokens).not.toContain('。');
  });
});
