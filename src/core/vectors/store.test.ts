import { describe, expect, it } from 'vitest';
import { fromStored, isQuotaError, packWords, storedBytes, toStored, unpackWords } from './store.ts';

describe('stored vector sets', () => {
  it('packs and unpacks any words, multibyte, empty and with separators', () => {
    const words = ['the', '', 'naïve', '東京', 'a b', 'tab\there', 'line\nbreak', '🐋', 'x'.repeat(300)];
    const { bytes, ends } = packWords(words);
    expect(ends.length).toBe(words.length);
    expect(bytes.length).toBe(new TextEncoder().encode(words.join('')).length);
    expect(unpackWords(bytes, ends)).toEqual(words);
  });

  it('round-trips a set with counts and metadata', () => {
    const set = {
      words: ['king', 'queen', '王'],
      dim: 2,
      data: Float32Array.from([1, 2, 3, 4, 5, -0]),
      counts: [9, 5, 1],
    };
    const meta = {
      columns: ['word', 'pos'],
      rows: [
        ['king', 'n'],
        ['queen', 'n'],
        ['王', 'n'],
      ],
    };
    const rec = toStored('id1', set, meta);
    expect(rec.counts).toBeInstanceOf(Uint32Array);
    // What IndexedDB does to it.
    const back = fromStored(structuredClone(rec));
    expect(back.set.words).toEqual(set.words);
    expect(Array.from(back.set.data)).toEqual(Array.from(set.data));
    expect(Object.is(back.set.data[5], -0)).toBe(true);
    expect(Array.from(back.set.counts ?? [])).toEqual([9, 5, 1]);
    expect(back.metadata).toEqual(meta);
    expect(storedBytes(rec)).toBe(rec.wordBytes.length + 12 + 24 + 12);
  });

  it('refuses a damaged record with a sentence', () => {
    const rec = toStored('id2', { words: ['a', 'b'], dim: 3, data: new Float32Array(6) });
    rec.data = new Float32Array(5);
    expect(() => fromStored(rec)).toThrow(/damaged/);
  });

  it('recognises quota errors from the different browsers', () => {
    expect(isQuotaError({ name: 'QuotaExceededError', message: '' })).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError(new Error('The quota has been exceeded.'))).toBe(true);
    expect(isQuotaError(new Error('Version change transaction was aborted'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});
