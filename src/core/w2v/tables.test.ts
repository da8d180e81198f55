import { describe, expect, it } from 'vitest';
import { Rng } from '../rng.ts';
import {
  alphaAt,
  buildExpTable,
  buildLossTable,
  buildUnigramIndex,
  buildUnigramTable,
  EXP_INDEX_SCALE,
  expIndex,
  keepProbabilities,
  lossTerm,
  softplusNeg,
  unigramLookup,
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

describe('loss term table', () => {
  it('interpolates −log σ(x) to 4·10⁻¹⁰ everywhere and is exact beyond ±16', () => {
    const table = buildLossTable();
    let worst = 0;
    for (let x = -20; x <= 20; x += 0.0007) {
      worst = Math.max(worst, Math.abs(lossTerm(x, table) - softplusNeg(x)));
    }
    expect(worst).toBeLessThan(4e-10);
    expect(worst).toBeGreaterThan(0);
    expect(lossTerm(0, table)).toBeCloseTo(Math.LN2, 15);
    expect(lossTerm(17, table)).toBe(softplusNeg(17));
    expect(lossTerm(-16, table)).toBe(softplusNeg(-16));
  });
});

describe('unigram index (the table as runs)', () => {
  it('returns exactly the table entry for every slot', () => {
    const rng = new Rng(9);
    const cases: [number[], number][] = [
      [[2, 1, 1], 10],
      [[1, 3], 8],
      [[1, 1, 1e9], 3],
      [[0, 5, 5, 5], 4],
    ];
    for (let c = 0; c < 12; c++) {
      const v = 2 + rng.int(300);
      const counts = Array.from({ length: v }, () => 1 + Math.floor(1000 / (1 + rng.int(400))));
      counts.sort((x, y) => y - x);
      counts[0] = rng.int(50);
      cases.push([counts, v + rng.int(50_000)]);
    }
    cases.push([[40, 9, 8, 7, 6, 5, 5, 5, 5, 5, 5], 1_000_003]);
    for (const [counts, size] of cases) {
      for (const power of [0.75, 1]) {
        const table = buildUnigramTable(counts, size, power);
        const index = buildUnigramIndex(counts, size, power);
        for (let j = 0; j < size; j++) {
          if (unigramLookup(index, j) !== table[j]) {
            throw new Error(
              `slot ${j} of ${size}: ${unigramLookup(index, j)} ≠ ${table[j]} (${counts.slice(0, 8)})`,
            );
          }
        }
      }
    }
  });

  it('stays small for the C tool 1e8-slot table', () => {
    const index = buildUnigramIndex([500, 300, 200, 100, 5], 1e8, 0.75);
    expect(index.coarse.length).toBeLessThanOrEqual(2 ** 14 + 2);
    expect(index.starts[5]).toBe(1e8);
  });
});
