import { describe, expect, it } from 'vitest';
import { isUserError } from '../errors';
import { Tokenizer } from './tokenizer';

const TEXTS = [
  ['the', 'cat', 'sat', 'on', 'the', 'mat'],
  ['the', 'dog', 'ate', 'my', 'homework'],
];

// Keras: Tokenizer(oov_token='<OOV>').fit_on_texts(...) gives word_index
// {'<OOV>': 1, 'the': 2, 'cat': 3, 'sat': 4, 'on': 5, 'mat': 6, 'dog': 7, 'ate': 8, 'my': 9, 'homework': 10}:
// "the" (3 times) first, then the words seen once in first-seen order.
describe('Tokenizer', () => {
  it('indexes by frequency, ties first seen, OOV at 1', () => {
    const t = new Tokenizer({ oovToken: '<OOV>' });
    t.fitOnTexts(TEXTS);
    expect([...t.wordIndex()]).toEqual([
      ['<OOV>', 1],
      ['the', 2],
      ['cat', 3],
      ['sat', 4],
      ['on', 5],
      ['mat', 6],
      ['dog', 7],
      ['ate', 8],
      ['my', 9],
      ['homework', 10],
    ]);
    expect(t.wordAt(0)).toBe('');
    expect(t.countAt(2)).toBe(3);
    expect(t.vocabSize).toBe(11);
    expect(t.wordCount).toBe(9);
    expect(t.firstWordIndex).toBe(2);
  });

  it('maps unknown words and words at or past numWords to OOV (Keras num_words)', () => {
    const t = new Tokenizer({ oovToken: '<OOV>', numWords: 5 });
    t.fitOnTexts(TEXTS);
    // ate = 8 ≥ 5 → 1; zebra unknown → 1; on = 5 ≥ 5 → 1.
    expect([...t.textToSequence(['the', 'cat', 'ate', 'zebra', 'on', 'sat'])]).toEqual([2, 3, 1, 1, 1, 4]);
    expect(t.vocabSize).toBe(5);
  });

  it('drops such words when there is no OOV token', () => {
    const t = new Tokenizer({ numWords: 5 });
    t.fitOnTexts(TEXTS);
    // the 1, cat 2, sat 3, on 4, mat 5 (≥ 5, dropped), zebra unknown (dropped)
    expect([...t.textToSequence(['the', 'cat', 'mat', 'zebra', 'on'])]).toEqual([1, 2, 4]);
    expect(t.oovIndex).toBe(0);
  });

  it('accumulates counts over several fits', () => {
    const t = new Tokenizer();
    t.fitOnTexts([['a', 'b']]);
    t.fitOnTexts([['b']]);
    expect(t.indexOf('b')).toBe(1);
    expect(t.indexOf('a')).toBe(2);
  });

  it('turns sequences back into words, skipping padding and showing OOV', () => {
    const t = new Tokenizer({ oovToken: '<OOV>' });
    t.fitOnTexts(TEXTS);
    expect(t.sequenceToTokens([0, 0, 2, 1, 3, 99])).toEqual(['the', '<OOV>', 'cat', '?']);
    expect(t.textsToSequences([['dog', 'ran'], []]).map((s) => [...s])).toEqual([[7, 1], []]);
  });

  it('explains which input tokens are out of vocabulary', () => {
    const t = new Tokenizer({ oovToken: '<OOV>', numWords: 4 });
    t.fitOnTexts(TEXTS);
    expect(t.explain(['the', 'dog', 'zebra'])).toEqual([
      { token: 'the', index: 2, oov: false },
      { token: 'dog', index: 1, oov: true },
      { token: 'zebra', index: 1, oov: true },
    ]);
    const plain = new Tokenizer();
    plain.fitOnTexts(TEXTS);
    expect(plain.explain(['zebra'])).toEqual([{ token: 'zebra', index: -1, oov: true }]);
  });

  it('never gives the OOV token a second index', () => {
    const t = new Tokenizer({ oovToken: '<OOV>' });
    t.fitOnTexts([['<OOV>', '<OOV>', 'x']]);
    expect([...t.wordIndex()]).toEqual([
      ['<OOV>', 1],
      ['x', 2],
    ]);
  });

  it('round-trips through JSON', () => {
    const t = new Tokenizer({ oovToken: '<OOV>', numWords: 6 });
    t.fitOnTexts(TEXTS);
    const back = Tokenizer.fromJSON(JSON.parse(JSON.stringify(t)));
    expect([...back.wordIndex()]).toEqual([...t.wordIndex()]);
    expect(back.numWords).toBe(6);
    expect([...back.textToSequence(['the', 'homework', 'mat'])]).toEqual([
      ...t.textToSequence(['the', 'homework', 'mat']),
    ]);
    back.fitOnTexts([['mat', 'mat', 'mat']]);
    expect(back.indexOf('mat')).toBe(2); // counts came back too: 1 + 3 > 3
  });

  it('refuses damaged JSON and a bad numWords with a UserError', () => {
    for (const f of [() => Tokenizer.fromJSON({ words: [] }), () => new Tokenizer({ numWords: 1 })]) {
      let err: unknown;
      try {
        f();
      } catch (e) {
        err = e;
      }
      expect(isUserError(err)).toBe(true);
    }
  });
});
