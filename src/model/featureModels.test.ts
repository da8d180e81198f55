import { beforeAll, describe, expect, it } from 'vitest';
import type { FeatureSet } from '../core/features/types';
import { Rng } from '../core/rng';
import { type FeatureControl, type FeatureModelChoice, trainOnFeatures } from './featureClassifiers';
import { DEFAULT_LOGREG, DEFAULT_MLP, liveTensors } from './featureModels';
import { tf } from './tf';

/** Two concentric rings (inner: class "inner", outer: class "outer") plus noise features. */
function circles(n: number, noiseFeatures: number, seed: number): FeatureSet {
  const rng = new Rng(seed);
  const d = 2 + noiseFeatures;
  const x = new Float32Array(n * d);
  const y = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const outer = i % 2;
    const r = outer ? 2 + 0.5 * rng.next() : 1.2 * rng.next();
    const a = 2 * Math.PI * rng.next();
    x[i * d] = r * Math.cos(a);
    x[i * d + 1] = r * Math.sin(a);
    for (let j = 2; j < d; j++) x[i * d + j] = rng.normal();
    y[i] = outer;
  }
  return { name: 'circles', labels: ['inner', 'outer'], y, x, d, seed: 3 };
}

const quiet = (stopAfter = Number.POSITIVE_INFINITY): FeatureControl & { steps: number } => {
  const c = {
    steps: 0,
    shouldStop: () => c.steps >= stopAfter,
    onStep: () => {
      c.steps++;
    },
    yieldNow: () => Promise.resolve(),
  };
  return c;
};

const gbdt: FeatureModelChoice = { kind: 'gbdt', params: { numIterations: 100 } };
const logreg: FeatureModelChoice = { kind: 'logreg', options: DEFAULT_LOGREG };
const mlp: FeatureModelChoice = {
  kind: 'mlp',
  options: { ...DEFAULT_MLP, hiddenUnits: 32, fit: { ...DEFAULT_MLP.fit, learningRate: 0.01, epochs: 60 } },
};

describe('classifiers on feature vectors', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('boosted trees beat logistic regression on a non-linear problem (concentric circles)', async () => {
    const set = circles(1000, 3, 1);
    const trees = await trainOnFeatures(set, gbdt, quiet());
    const linear = await trainOnFeatures(set, logreg, quiet());
    const net = await trainOnFeatures(set, mlp, quiet());
    expect(trees.sizes).toEqual({ train: 700, validation: 150, test: 150 });
    expect(trees.report.total).toBe(150);
    expect(trees.report.accuracy).toBeGreaterThan(0.9);
    // No straight line separates rings: a linear model is near chance.
    expect(linear.report.accuracy).toBeLessThan(0.65);
    expect(net.report.accuracy).toBeGreaterThan(0.9);
    expect(trees.curve.length).toBeGreaterThan(1);
    expect(trees.curve[trees.curve.length - 1].trainLoss).toBeLessThan(trees.curve[0].trainLoss);
    expect(linear.size).toBe(5 + 1);
    expect(net.size).toBe(5 * 32 + 32 + 32 + 1);
  });

  it('logistic regression solves a linear problem, reproducibly, without leaking tensors', async () => {
    const rng = new Rng(5);
    const n = 600;
    const d = 4;
    const x = new Float32Array(n * d);
    const y = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      // Large offsets and scales: standardisation is what lets Adam's steps suit every feature.
      for (let j = 0; j < d; j++) x[i * d + j] = 1000 + (j + 1) * 100 * rng.normal();
      y[i] = (x[i * d] - 1000) / 100 - (x[i * d + 2] - 1000) / 300 > 0 ? 1 : 0;
    }
    const set: FeatureSet = { name: 'linear', labels: ['no', 'yes'], y, x, d };
    const quick: FeatureModelChoice = {
      kind: 'logreg',
      options: { ...DEFAULT_LOGREG, fit: { ...DEFAULT_LOGREG.fit, epochs: 40, learningRate: 0.05 } },
    };
    const before = liveTensors();
    const a = await trainOnFeatures(set, quick, quiet());
    expect(liveTensors()).toBe(before);
    const b = await trainOnFeatures(set, quick, quiet());
    expect(a.report.accuracy).toBeGreaterThan(0.95);
    expect(b.curve).toEqual(a.curve);
    expect(b.report).toEqual(a.report);
  });

  it('multiclass: three blobs for every model, one report row per class', async () => {
    const rng = new Rng(8);
    const n = 600;
    const x = new Float32Array(n * 2);
    const y = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      y[i] = i % 3;
      x[i * 2] = [0, 4, 0][y[i]] + rng.normal();
      x[i * 2 + 1] = [0, 0, 4][y[i]] + rng.normal();
    }
    const set: FeatureSet = { name: 'blobs', labels: ['a', 'b', 'c'], y, x, d: 2 };
    for (const choice of [gbdt, logreg]) {
      const r = await trainOnFeatures(set, choice, quiet());
      expect(r.report.classes.map((c) => c.label)).toEqual(['a', 'b', 'c']);
      expect(r.report.accuracy).toBeGreaterThan(0.9);
    }
  });

  it('stops when asked and reports what it has', async () => {
    const set = circles(400, 0, 2);
    const trees = await trainOnFeatures(
      set,
      { kind: 'gbdt', params: { numIterations: 500, earlyStoppingRounds: 0 } },
      quiet(3),
    );
    expect(trees.stoppedBy).toBe('user');
    expect(trees.curve).toHaveLength(3);
    const linear = await trainOnFeatures(set, logreg, quiet(2));
    expect(linear.stoppedBy).toBe('user');
    expect(linear.curve).toHaveLength(2);
    await expect(trainOnFeatures({ ...set, y: new Int32Array(400) }, logreg, quiet())).rejects.toThrow(
      /at least two classes/,
    );
  });
});
