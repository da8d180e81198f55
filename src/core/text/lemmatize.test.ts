import { describe, expect, it } from 'vitest';
import { createLemmatizer, lemmatizeWord } from './lemmatize';

describe('lemmatizeWord', () => {
  it.each([
    ['was', 'be'],
    ['went', 'go'],
    ['children', 'child'],
    ['mice', 'mouse'],
    ['leaves', 'leaf'],
    ['better', 'good'],
    ['things', 'thing'],
    ['dogs', 'dog'],
    ['studies', 'study'],
    ['running', 'run'],
    ['loved', 'love'],
    ['emails', 'email'],
  ])('%s → %s', (word, lemma) => {
    expect(lemmatizeWord(word)).toBe(lemma);
  });

  it('keeps short words and unknown words as they are', () => {
    expect(lemmatizeWord('gas')).toBe('gas');
    expect(lemmatizeWord('its')).toBe('its');
    expect(lemmatizeWord('xyzzyx')).toBe('xyzzyx');
    // Object.prototype names must not be read as table entries.
    expect(lemmatizeWord('constructor')).toBe('constructor');
  });

  it('caches', () => {
    const lem = createLemmatizer();
    expect(lem('studies')).toBe('study');
    expect(lem('studies')).toBe('study');
  });
});
