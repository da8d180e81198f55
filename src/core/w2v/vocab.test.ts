import { describe, expect, it } from 'vitest';
import { UserError } from '../errors.ts';
import { SegmenterTokenizer } from '../text/tokenize.ts';
import { buildCorpus, CorpusBuilder, SENTENCE_END } from './vocab.ts';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof UserError) return e.code;
    throw e;
  }
  return undefined;
}

describe('vocabulary and id corpus', () => {
  const text = 'b a c a\nd b a\n\ne b';

  it('puts </s> at 0, then words by descending count, ties in first-occurrence order', () => {
    const { vocab } = buildCorpus(text, { minCount: 1 });
    // counts: a 3, b 3 (b seen first), c 1, d 1, e 1 (first-seen order c, d, e); 3 line ends.
    expect(vocab.words).toEqual([SENTENCE_END, 'b', 'a', 'c', 'd', 'e']);
    expect(Array.from(vocab.counts)).toEqual([3, 3, 3, 1, 1, 1]);
    expect(vocab.trainWords).toBe(12);
    expect(vocab.index.get('a')).toBe(2);
  });

  it('stores the corpus as ids with 0 at each line end and drops words under min-count', () => {
    const { vocab, corpus } = buildCorpus(text, { minCount: 2 });
    expect(vocab.words).toEqual([SENTENCE_END, 'b', 'a']);
    expect(Array.from(corpus)).toEqual([1, 2, 2, 0, 1, 2, 0, 0, 1]);
    expect(corpus.length).toBe(vocab.trainWords);
  });

  it('keeps </s> even when it is rarer than min-count, as the C tool', () => {
    const { vocab } = buildCorpus('x x x y y y', { minCount: 2 });
    expect(vocab.words).toEqual([SENTENCE_END, 'x', 'y']);
    expect(vocab.counts[0]).toBe(0);
  });

  it('caps the vocabulary size', () => {
    const { vocab, corpus } = buildCorpus(text, { minCount: 1, maxVocab: 1 });
    expect(vocab.words).toEqual([SENTENCE_END, 'b']);
    expect(Array.from(corpus)).toEqual([1, 0, 1, 0, 0, 1]);
  });

  it('gives the same result whatever the chunking, even mid-word', () => {
    const whole = buildCorpus(text, { minCount: 1 });
    const b = new CorpusBuilder({ minCount: 1 });
    for (const piece of ['b a', ' c', ' a\nd b ', 'a\n', '\ne', ' b']) b.push(piece);
    const chunked = b.finish();
    expect(chunked.vocab.words).toEqual(whole.vocab.words);
    expect(Array.from(chunked.corpus)).toEqual(Array.from(whole.corpus));
  });

  it('rejects an empty corpus, one with no frequent word, and binary input, with a sentence', () => {
    expect(codeOf(() => buildCorpus(''))).toBe('empty-corpus');
    expect(codeOf(() => buildCorpus('\n\n ,.;\n'))).toBe('empty-corpus');
    expect(codeOf(() => buildCorpus('one two two three', { minCount: 5 }))).toBe('no-vocabulary');
    expect(() => buildCorpus('one two two three', { minCount: 5 })).toThrow(/"two", occurs 2 times/);
    expect(codeOf(() => buildCorpus('PK\u0003\u0004\u0000\u0000 data'))).toBe('binary-input');
  });

  it('takes any tokenizer, for example Intl.Segmenter for Japanese', () => {
    const text = '猫が好きです。\n猫と犬が好きです。\n';
    const { vocab, corpus } = buildCorpus(text, { minCount: 2, tokenizer: new SegmenterTokenizer('ja') });
    expect(vocab.words).toContain('猫');
    expect(vocab.words).toContain('好き');
    expect(corpus.filter((id) => id === 0)).toHaveLength(2);
  });
});
