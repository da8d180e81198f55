import { describe, expect, it } from 'vitest';
import {
  alphaAt,
  buildExpTable,
  buildUnigramTable,
  EXP_INDEX_SCALE,
  expIndex,
  keepProbabilities,
  softplusNeg,
} from './tables.ts';

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

describe('sigmoid table', () => {
  const table = buildExpTable();

  it('holds σ((i/1000·2 − 1)·6) for i = 0..999 to float32 precision', () => {
    expect(table).toHaveLength(1000);
    expect(table[500]).toBe(0.5);
    expect(table[0]).toBeCloseTo(0.0024726231566347743, 9);
    expect(table[250]).toBeCloseTo(sigmoid(-3), 7);
    expect(table[999]).toBeCloseTo(sigmoid(5.988), 7);
    for (let i = 0; i < 1000; i++) {
      const x = ((i / 1000) * 2 - 1) * 6;
      // x itself is computed in float32, so allow a little over one float32 ulp.
      expect(Math.abs(table[i] - sigmoid(x))).toBeLessThan(1.5e-7);
      if (i > 0) expect(table[i]).toBeGreaterThan(table[i - 1]);
    }
  });

  it('is indexed with the C tool integer scale 1000/6/2 = 83', () => {
    expect(EXP_INDEX_SCALE).toBe(83);
    expect(expIndex(0)).toBe(498);
    expect(expIndex(-5.999)).toBe(0);
    expect(expIndex(5.999)).toBe(995);
    expect(expIndex(1)).toBe(581);
    // So f = 0 reads σ(−0.024), not 0.5: the C tool's known bias, kept.
    expect(table[expIndex(0)]).toBeCloseTo(sigmoid(-0.024), 7);
  });
});

describe('unigram table', () => {
  it('matches a hand-run of InitUnigramTable (power 1, 10 slots)', () => {
    // counts 2,1,1 → running shares 0.5, 0.75, 1. Slot a goes to word i, then i advances once
    // a/10 exceeds the running share: slots 0..6 → 0 (the crossing slot 6 included), 7..8 → 1, 9 → 2.
    expect(Array.from(buildUnigramTable([2, 1, 1], 10, 1))).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 1, 2]);
    expect(Array.from(buildUnigramTable([1, 3], 8, 1))).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
  });

  it('gives each word a share ∝ count^0.75 (± the one extra slot)', () => {
    const counts = [50, 10, 100, 1000, 1];
    const size = 1_000_000;
    const table = buildUnigramTable(counts, size, 0.75);
    const slots = new Array(counts.length).fill(0);
    for (const w of table) slots[w]++;
    const z = counts.reduce((s, c) => s + c ** 0.75, 0);
    for (let w = 0; w < counts.length; w++) {
      expect(Math.abs(slots[w] - (size * counts[w] ** 0.75) / z)).toBeLessThanOrEqual(2);
    }
  });

  it('honours another power', () => {
    const table = buildUnigramTable([1, 1, 2], 400, 0);
    const slots = [0, 0, 0];
    for (const w of table) slots[w]++;
    for (const s of slots) expect(Math.abs(s - 400 / 3)).toBeLessThanOrEqual(2);
  });
});

describe('subsampling keep probabilities', () => {
  it('computes (sqrt(f/(s·T)) + 1)·(s·T)/f per word', () => {
    // s·T = 0.001 · 1000 = 1 (exactly 1 in float32).
    const keep = keepProbabilities([0, 4, 1, 100, 995], 1000, 1e-3);
    expect(keep[0]).toBe(1);
    expect(keep[1]).toBe(0.75);
    expect(keep[2]).toBe(2);
    expect(keep[3]).toBe(Math.fround(0.11));
    expect(keep[4]).toBeCloseTo((Math.sqrt(995) + 1) / 995, 7);
  });
});

describe('learning-rate schedule', () => {
  it('decays linearly from alpha to alpha·1e-4 over all words, in float32', () => {
    const total = 1_000_000;
    expect(alphaAt(0.025, 0, total)).toBe(Math.fround(0.025));
    expect(alphaAt(0.025, 250_000, total)).toBeCloseTo(0.025 * (1 - 250_000 / 1_000_001), 9);
    expect(alphaAt(0.025, 500_000, total)).toBeCloseTo(0.0125, 6);
    expect(alphaAt(0.025, 999_990, total)).toBe(Math.fround(0.025 * 1e-4));
    expect(alphaAt(0.025, 2 * total, total)).toBe(Math.fround(0.025 * 1e-4));
    const a = alphaAt(0.05, 123_456, total);
    expect(Math.fround(a)).toBe(a);
  });
});

describe('softplusNeg = −log σ(x)', () => {
  it('is exact and does not overflow', () => {
    expect(softplusNeg(0)).toBeCloseTo(Math.LN2, 15);
    expect(softplusNeg(2)).toBeCloseTo(-Math.log(sigmoid(2)), 14);
    expect(softplusNeg(-3)).toBeCloseTo(-Math.log(sigmoid(-3)), 14);
    expect(softplusNeg(30)).toBeCloseTo(Math.exp(-30), 25);
    expect(softplusNeg(800)).toBe(0);
    expect(softplusNeg(-800)).toBe(800);
  });
});
