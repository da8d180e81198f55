import { describe, expect, it } from 'vitest';
import { Rng } from '../rng';
import { applyBins, binBounds, fitBins } from './binning';
import {
  featureImportance,
  GbdtTrainer,
  gbdtFromJSON,
  type Matrix,
  predictProba,
  predictRaw,
  trainGbdt,
} from './gbdt';
import { treeDepth } from './tree';

/** n rows of d uniform features in [lo, hi) and labels from `label(row)`. */
function makeSet(
  n: number,
  d: number,
  rng: Rng,
  label: (x: Float32Array, i: number) => number,
  lo = 0,
  hi = 1,
): Matrix {
  const x = new Float32Array(n * d);
  for (let i = 0; i < x.length; i++) x[i] = lo + (hi - lo) * rng.next();
  const y = new Int32Array(n);
  for (let i = 0; i < n; i++) y[i] = label(x, i);
  return { x, y, n };
}

function accuracy(probs: Float32Array, y: Int32Array, k: number): number {
  let ok = 0;
  for (let i = 0; i < y.length; i++) {
    let best = 0;
    for (let c = 1; c < k; c++) if (probs[i * k + c] > probs[i * k + best]) best = c;
    if (best === y[i]) ok++;
  }
  return ok / y.length;
}

describe('binning', () => {
  it('gives each of few distinct values its own bin, cut at midpoints', () => {
    expect(binBounds(Float32Array.from([1, 1, 2, 4, 4, 4]), 255)).toEqual([1.5, 3, Number.POSITIVE_INFINITY]);
    expect(binBounds(Float32Array.from([7, 7]), 255)).toEqual([Number.POSITIVE_INFINITY]);
  });

  it('cuts many values into at most maxBin bins of similar size, a heavy value alone', () => {
    const v = new Float32Array(1000);
    for (let i = 0; i < 1000; i++) v[i] = i;
    const b = binBounds(v, 10);
    expect(b.length).toBe(10);
    const sizes = b.map((u, j) => v.filter((x) => x <= u && (j === 0 || x > b[j - 1])).length);
    for (const s of sizes) expect(s).toBe(100);
    // 500 zeros among 500 distinct negatives/positives: zero keeps a bin to itself.
    const w = new Float32Array(1000);
    for (let i = 0; i < 250; i++) w[i] = -250 + i;
    for (let i = 750; i < 1000; i++) w[i] = i - 749;
    w.sort();
    const c = binBounds(w, 8);
    expect(c.length).toBeLessThanOrEqual(8);
    const zeroBin = c.findIndex((u) => 0 <= u);
    expect(c[zeroBin]).toBeGreaterThan(0);
    expect(c[zeroBin - 1]).toBeLessThan(0);
    expect(c[zeroBin - 1]).toBeGreaterThan(-1);
    expect(c[zeroBin]).toBeLessThan(1);
  });

  it('bins a value by the first upper bound at or above it, feature-major', () => {
    const x = Float32Array.from([0, 10, 1, 20, 2, 30, 3, 30]); // 4 rows × 2 features
    const m = fitBins(x, 4, 2, 255, 1000, new Rng(1));
    const bins = applyBins(m, x, 4);
    expect(Array.from(bins)).toEqual([0, 1, 2, 3, 0, 1, 2, 2]);
    expect(Array.from(m.offsets)).toEqual([0, 4, 7]);
  });
});

describe('gradient-boosted trees', () => {
  it('makes one split on a step function with the leaf values worked out by hand', () => {
    // x = 0 … 99; y = 1 from x = 60 on. Start score log(0.4/0.6): p = 0.4 everywhere, so
    // g = p − y is 0.4 (y = 0) or −0.6 (y = 1) and h = p(1 − p) = 0.24.
    const n = 100;
    const x = new Float32Array(n);
    const y = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      x[i] = i;
      y[i] = i >= 60 ? 1 : 0;
    }
    const { model, log } = trainGbdt({ x, y, n }, 1, 2, null, {
      numIterations: 1,
      numLeaves: 2,
      learningRate: 0.1,
      lambdaL2: 1,
      minDataInLeaf: 1,
    });
    expect(model.initScore[0]).toBeCloseTo(Math.log(0.4 / 0.6), 12);
    expect(model.trees).toHaveLength(1);
    const t = model.trees[0];
    expect(t.numLeaves).toBe(2);
    expect(t.splitFeature).toEqual([0]);
    expect(t.threshold).toEqual([59.5]);
    // Left: 60 rows, G = 60·0.4 = 24, H = 60·0.24 = 14.4 → −24/(14.4 + 1)·0.1.
    // Right: 40 rows, G = 40·(−0.6) = −24, H = 9.6 → 24/(9.6 + 1)·0.1.
    expect(t.leafValue[0]).toBeCloseTo((-24 / 15.4) * 0.1, 6);
    expect(t.leafValue[1]).toBeCloseTo((24 / 10.6) * 0.1, 6);
    expect(t.leafCount).toEqual([60, 40]);
    // Gain: 24²/15.4 + 24²/10.6 − 0²/(24 + 1).
    expect(t.splitGain[0]).toBeCloseTo(576 / 15.4 + 576 / 10.6, 4);
    const raw = predictRaw(model, Float32Array.from([59, 59.4, 59.6, 60]), 4);
    expect(Array.from(raw)).toEqual([
      model.initScore[0] + t.leafValue[0],
      model.initScore[0] + t.leafValue[0],
      model.initScore[0] + t.leafValue[1],
      model.initScore[0] + t.leafValue[1],
    ]);
    expect(log[0].trainLoss).toBeLessThan(-(0.4 * Math.log(0.4) + 0.6 * Math.log(0.6)));
  });

  it('finds the same second split as an exhaustive search (histogram subtraction)', () => {
    const rng = new Rng(5);
    const n = 250; // under max_bin distinct values: every value its own bin, so bins = exact thresholds
    const d = 3;
    const set = makeSet(n, d, rng, (x, i) => (x[i * d] > 0.5 !== x[i * d + 1] > 0.3 ? 1 : 0));
    const { model } = trainGbdt(set, d, 2, null, { numIterations: 1, numLeaves: 3, minDataInLeaf: 5 });
    const t = model.trees[0];
    expect(t.numLeaves).toBe(3);
    // Gradients at the start score, in float32 as the trainer keeps them.
    const pos = set.y.reduce((a, b) => a + b, 0) / n;
    const g = new Float32Array(n);
    const h = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      g[i] = pos - set.y[i];
      h[i] = pos * (1 - pos);
    }
    // Best split of a row subset by trying every threshold between distinct values.
    const bestSplit = (rows: number[]) => {
      let G = 0;
      let H = 0;
      for (const r of rows) {
        G += g[r];
        H += h[r];
      }
      let best = { gain: -1, f: -1, thr: 0 };
      for (let f = 0; f < d; f++) {
        const sorted = [...rows].sort((a, b) => set.x[a * d + f] - set.x[b * d + f]);
        let gl = 0;
        let hl = 0;
        for (let j = 0; j < sorted.length - 1; j++) {
          gl += g[sorted[j]];
          hl += h[sorted[j]];
          if (j + 1 < 5 || sorted.length - j - 1 < 5) continue;
          const gain = (gl * gl) / hl + ((G - gl) * (G - gl)) / (H - hl) - (G * G) / H;
          if (gain > best.gain + 1e-9)
            best = { gain, f, thr: (set.x[sorted[j] * d + f] + set.x[sorted[j + 1] * d + f]) / 2 };
        }
      }
      return best;
    };
    const all = Array.from({ length: n }, (_, i) => i);
    const root = bestSplit(all);
    expect(t.splitFeature[0]).toBe(root.f);
    expect(t.threshold[0]).toBeCloseTo(root.thr, 6);
    const left = all.filter((i) => set.x[i * d + root.f] <= root.thr);
    const right = all.filter((i) => set.x[i * d + root.f] > root.thr);
    const a = bestSplit(left);
    const b = bestSplit(right);
    const second = a.gain >= b.gain ? a : b;
    const side = a.gain >= b.gain ? left : right;
    expect(t.splitFeature[1]).toBe(second.f);
    // Any threshold between the same two values of this child splits it the same way.
    const goesLeft = (thr: number) => side.filter((i) => set.x[i * d + second.f] <= thr).length;
    expect(goesLeft(t.threshold[1])).toBe(goesLeft(second.thr));
    expect(t.splitGain[1]).toBeCloseTo(second.gain, 3);
  });

  it('learns an additive function: stumps recover sin(x0) and x1² as separate terms', () => {
    const rng = new Rng(11);
    const n = 20_000;
    const d = 2;
    // Labels drawn with log-odds 3·(sin x0 + x1² − 0.75).
    const logit = (a: number, b: number) => 3 * (Math.sin(a) + b * b - 0.75);
    const x = new Float32Array(n * d);
    const y = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      x[i * d] = -3 + 6 * rng.next();
      x[i * d + 1] = -1.5 + 3 * rng.next();
      y[i] = rng.next() < 1 / (1 + Math.exp(-logit(x[i * d], x[i * d + 1]))) ? 1 : 0;
    }
    const { model } = trainGbdt({ x, y, n }, d, 2, null, {
      numIterations: 300,
      maxDepth: 1,
      learningRate: 0.2,
      minDataInLeaf: 50,
    });
    const grid = 41;
    const probe = new Float32Array(grid * 2 * d);
    for (let j = 0; j < grid; j++) {
      const t = -2.5 + (5 * j) / (grid - 1);
      probe[j * d] = t; // (t, 0.2)
      probe[j * d + 1] = 0.2;
      probe[(grid + j) * d] = 0.4; // (0.4, t / 2)
      probe[(grid + j) * d + 1] = t / 2;
    }
    const raw = predictRaw(model, probe, 2 * grid);
    // Recovered term minus true term should be a constant: compare after centring.
    const err = (got: number[], want: number[]) => {
      const mg = got.reduce((s, v) => s + v, 0) / got.length;
      const mw = want.reduce((s, v) => s + v, 0) / want.length;
      return Math.sqrt(got.reduce((s, v, i) => s + (v - mg - (want[i] - mw)) ** 2, 0) / got.length);
    };
    const ts = Array.from({ length: grid }, (_, j) => -2.5 + (5 * j) / (grid - 1));
    const term0 = ts.map((_, j) => raw[j]);
    const term1 = ts.map((_, j) => raw[grid + j]);
    expect(
      err(
        term0,
        ts.map((t) => 3 * Math.sin(t)),
      ),
    ).toBeLessThan(0.3);
    expect(
      err(
        term1,
        ts.map((t) => 3 * (t / 2) ** 2),
      ),
    ).toBeLessThan(0.3);
    // Stumps give an exactly additive model: the x0 effect does not depend on x1.
    const pair = predictRaw(model, Float32Array.from([1, -1, -1, -1, 1, 0.7, -1, 0.7]), 4);
    expect(pair[0] - pair[1]).toBeCloseTo(pair[2] - pair[3], 9);
    // And the decision it implies is right on fresh points.
    const test = makeSet(5000, d, new Rng(12), (v, i) =>
      logit(v[i * d] * 6 - 3, v[i * d + 1] * 3 - 1.5) > 0 ? 1 : 0,
    );
    for (let i = 0; i < test.n; i++) {
      test.x[i * d] = test.x[i * d] * 6 - 3;
      test.x[i * d + 1] = test.x[i * d + 1] * 3 - 1.5;
    }
    expect(accuracy(predictProba(model, test.x, test.n), test.y, 2)).toBeGreaterThan(0.95);
  });

  it('honours the leaf cap and the depth limit', () => {
    const rng = new Rng(3);
    const d = 5;
    const set = makeSet(3000, d, rng, (x, i) => (Math.sin(10 * x[i * d]) + x[i * d + 1] > 0.5 ? 1 : 0));
    const capped = trainGbdt(set, d, 2, null, { numIterations: 10, numLeaves: 7, minDataInLeaf: 5 });
    for (const t of capped.model.trees) expect(t.numLeaves).toBeLessThanOrEqual(7);
    expect(capped.model.trees.some((t) => t.numLeaves === 7)).toBe(true);
    const shallow = trainGbdt(set, d, 2, null, { numIterations: 10, maxDepth: 2, minDataInLeaf: 5 });
    for (const t of shallow.model.trees) {
      expect(treeDepth(t)).toBeLessThanOrEqual(2);
      expect(t.numLeaves).toBeLessThanOrEqual(4);
    }
    expect(shallow.model.trees.some((t) => treeDepth(t) === 2)).toBe(true);
    const big = trainGbdt(set, d, 2, null, { numIterations: 3, numLeaves: 200, minDataInLeaf: 100 });
    for (const t of big.model.trees) for (const c of t.leafCount) expect(c).toBeGreaterThanOrEqual(100);
  });

  it('stops early on the validation loss and keeps the best round', () => {
    const rng = new Rng(9);
    const d = 10;
    // Labels mostly noise: the validation loss soon rises while the training loss keeps falling.
    const label = (x: Float32Array, i: number) => (x[i * d] + 0.8 * rng.next() > 0.9 ? 1 : 0);
    const train = makeSet(600, d, rng, label);
    const valid = makeSet(300, d, rng, label);
    const r = trainGbdt(train, d, 2, valid, {
      numIterations: 500,
      earlyStoppingRounds: 5,
      minDataInLeaf: 5,
      learningRate: 0.3,
    });
    expect(r.stoppedBy).toBe('early-stopping');
    expect(r.log.length).toBe(r.bestIteration + 5);
    expect(r.log.length).toBeLessThan(500);
    const best = r.log[r.bestIteration - 1].valLoss;
    for (const e of r.log) expect(e.valLoss).toBeGreaterThanOrEqual(best);
    expect(r.model.numRounds).toBe(r.bestIteration);
    expect(r.model.trees).toHaveLength(r.bestIteration);
    // The kept model's validation loss is the best round's.
    const p = predictProba(r.model, valid.x, valid.n);
    let loss = 0;
    for (let i = 0; i < valid.n; i++) loss -= Math.log(p[i * 2 + valid.y[i]]);
    expect(loss / valid.n).toBeCloseTo(best, 5);
  });

  it('gives the same model for the same seed (with feature and row sampling) and another for another seed', () => {
    const d = 8;
    const set = makeSet(1500, d, new Rng(2), (x, i) => (x[i * d] + x[i * d + 3] > 1 ? 1 : 0));
    const opts = { numIterations: 15, featureFraction: 0.5, baggingFraction: 0.7, baggingFreq: 1, seed: 7 };
    const a = trainGbdt(set, d, 2, null, opts);
    const b = trainGbdt(set, d, 2, null, opts);
    const c = trainGbdt(set, d, 2, null, { ...opts, seed: 8 });
    expect(JSON.stringify(a.model)).toBe(JSON.stringify(b.model));
    expect(JSON.stringify(a.model.trees)).not.toBe(JSON.stringify(c.model.trees));
    // Feature fraction 0.5 of 8: every tree splits on at most 4 features.
    for (const t of a.model.trees) expect(new Set(t.splitFeature).size).toBeLessThanOrEqual(4);
  });

  it('trains multiclass softmax: one tree per class per round, priors as start, probabilities summing to 1', () => {
    const rng = new Rng(4);
    const d = 2;
    const centres = [
      [0, 0],
      [3, 0],
      [0, 3],
    ];
    const make = (n: number) => {
      const x = new Float32Array(n * d);
      const y = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        const c = i % 5 === 0 ? 2 : i % 2; // class 2 rarer
        y[i] = c;
        x[i * d] = centres[c][0] + rng.normal() * 0.7;
        x[i * d + 1] = centres[c][1] + rng.normal() * 0.7;
      }
      return { x, y, n };
    };
    const train = make(1500);
    const test = make(600);
    const r = trainGbdt(train, d, 3, make(300), { numIterations: 40, earlyStoppingRounds: 0 });
    expect(r.model.objective).toBe('multiclass');
    expect(r.model.trees).toHaveLength(40 * 3);
    const share = [0, 0, 0];
    for (const c of train.y) share[c] += 1 / train.n;
    r.model.initScore.forEach((s, k) => {
      expect(s).toBeCloseTo(Math.log(share[k]), 12);
    });
    const p = predictProba(r.model, test.x, test.n);
    for (let i = 0; i < test.n; i++) expect(p[i * 3] + p[i * 3 + 1] + p[i * 3 + 2]).toBeCloseTo(1, 5);
    expect(accuracy(p, test.y, 3)).toBeGreaterThan(0.9);
    expect(r.log[r.log.length - 1].trainLoss).toBeLessThan(r.log[0].trainLoss);
  });

  it('round-trips through JSON with identical predictions, and refuses a damaged file', () => {
    const d = 4;
    const set = makeSet(800, d, new Rng(6), (x, i) => (x[i * d + 2] > 0.4 ? 1 : 0));
    const { model } = trainGbdt(set, d, 2, null, { numIterations: 10 });
    const back = gbdtFromJSON(JSON.stringify(model));
    expect(Array.from(predictRaw(back, set.x, set.n))).toEqual(Array.from(predictRaw(model, set.x, set.n)));
    expect(() => gbdtFromJSON('{')).toThrow(/not valid JSON/);
    expect(() => gbdtFromJSON('{"format":"x"}')).toThrow(/not a boosted-trees model/);
    const imp = featureImportance(model);
    expect(imp.indexOf(Math.max(...imp))).toBe(2);
  });

  it('stops when no split gains anything, and refuses bad options and missing values', () => {
    const x = new Float32Array(50).fill(1);
    const y = new Int32Array(50).map((_, i) => i % 2);
    const r = trainGbdt({ x, y, n: 50 }, 1, 2, null, { numIterations: 20 });
    expect(r.stoppedBy).toBe('no-split');
    expect(r.log).toHaveLength(1);
    expect(() => trainGbdt({ x, y, n: 50 }, 1, 2, null, { numLeaves: 1 })).toThrow(/num_leaves is 1/);
    expect(() => trainGbdt({ x, y, n: 50 }, 1, 2, null, { maxDepth: 0 })).toThrow(/max_depth is 0/);
    expect(() => trainGbdt({ x, y, n: 50 }, 1, 2, null, { maxBin: 300 })).toThrow(/max_bin is 300/);
    x[7] = Number.NaN;
    expect(() => trainGbdt({ x, y, n: 50 }, 1, 2, null, {})).toThrow(/row 8/);
  });

  it('can be stopped between rounds and returns the best round so far', () => {
    const d = 3;
    const set = makeSet(500, d, new Rng(1), (x, i) => (x[i * d] > 0.5 ? 1 : 0));
    const valid = makeSet(200, d, new Rng(2), (x, i) => (x[i * d] > 0.5 ? 1 : 0));
    const t = new GbdtTrainer(set, d, 2, valid, { numIterations: 100 });
    t.step();
    t.step();
    t.step();
    t.stop();
    expect(t.done).toBe(true);
    expect(t.stoppedBy).toBe('user');
    expect(t.finish().numRounds).toBe(t.bestIteration);
    expect(t.bestIteration).toBeLessThanOrEqual(3);
  });
});
