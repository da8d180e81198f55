import { describe, expect, it } from 'vitest';
import { defaultMaxlen, lengthStats, padSequences, percentileSorted } from './sequences';

const SEQS = [[1, 2, 3], [4, 5], [6, 7, 8, 9, 10], []];

function rows(flat: Int32Array, maxlen: number): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < flat.length; i += maxlen) out.push([...flat.subarray(i, i + maxlen)]);
  return out;
}

// Expected rows are what keras.preprocessing.sequence.pad_sequences returns for SEQS, worked out
// from its definition: truncate (keep the last/first maxlen), then place at the end/start of the row.
describe('padSequences (Keras semantics)', () => {
  it("defaults to 'pre' padding and 'pre' truncating", () => {
    expect(rows(padSequences(SEQS, { maxlen: 4 }), 4)).toEqual([
      [0, 1, 2, 3],
      [0, 0, 4, 5],
      [7, 8, 9, 10],
      [0, 0, 0, 0],
    ]);
  });

  it("'post' padding and 'post' truncating", () => {
    expect(rows(padSequences(SEQS, { maxlen: 4, padding: 'post', truncating: 'post' }), 4)).toEqual([
      [1, 2, 3, 0],
      [4, 5, 0, 0],
      [6, 7, 8, 9],
      [0, 0, 0, 0],
    ]);
  });

  it('mixed: pre padding with post truncating, and post padding with pre truncating', () => {
    expect(rows(padSequences(SEQS, { maxlen: 4, truncating: 'post' }), 4)[2]).toEqual([6, 7, 8, 9]);
    expect(rows(padSequences(SEQS, { maxlen: 4, padding: 'post' }), 4)).toEqual([
      [1, 2, 3, 0],
      [4, 5, 0, 0],
      [7, 8, 9, 10],
      [0, 0, 0, 0],
    ]);
  });

  it('uses the longest sequence when maxlen is absent, and a padding value', () => {
    expect(rows(padSequences(SEQS, { value: -1 }), 5)).toEqual([
      [-1, -1, 1, 2, 3],
      [-1, -1, -1, 4, 5],
      [6, 7, 8, 9, 10],
      [-1, -1, -1, -1, -1],
    ]);
  });

  it('accepts Int32Array rows and refuses maxlen 0', () => {
    expect([...padSequences([Int32Array.of(5, 6)], { maxlen: 1 })]).toEqual([6]);
    expect(() => padSequences(SEQS, { maxlen: 0 })).toThrow(/maxlen/);
  });
});

describe('length statistics', () => {
  it('computes NumPy-style percentiles', () => {
    // np.percentile([1, 2, 3, 4, 100], 95) = 4 + 0.8 × 96 = 80.8
    expect(percentileSorted([1, 2, 3, 4, 100], 95)).toBeCloseTo(80.8, 12);
    expect(percentileSorted([1, 2, 3, 4, 100], 50)).toBe(3);
    expect(defaultMaxlen([100, 4, 3, 2, 1])).toBe(81);
    expect(defaultMaxlen([100, 4, 3, 2, 1], 50)).toBe(3);
    expect(defaultMaxlen([])).toBe(1);
  });

  it('bins lengths into whole-number bins covering min to max', () => {
    // Width ceil((9 − 3 + 1) / 3) = 3: bins [3,6) [6,9) [9,12).
    const s = lengthStats([9, 5, 3, 5], 3);
    expect(s.histogram).toEqual({ edges: [3, 6, 9, 12], counts: [3, 0, 1] });
    expect([s.count, s.min, s.max, s.mean]).toEqual([4, 3, 9, 5.5]);
    expect(s.percentiles[50]).toBe(5);
  });

  it('has one bin per length when there are few distinct lengths', () => {
    expect(lengthStats([2, 2, 4], 30).histogram).toEqual({ edges: [2, 3, 4, 5], counts: [2, 0, 1] });
    expect(lengthStats([]).count).toBe(0);
  });
});
