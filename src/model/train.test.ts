import { beforeAll, describe, expect, it } from 'vitest';
import { Rng } from '../core/rng';
import { buildClassifier, type ClassifierSpec, DEFAULT_SPEC } from './classifier';
import { tf } from './tf';
import {
  compileClassifier,
  DEFAULT_FIT,
  type FitOptions,
  fitClassifier,
  lossAndAccuracy,
  type SequenceSet,
} from './train';

const MAXLEN = 12;
const VOCAB = 20;

/** Label 1 iff token 5 occurs; pre-padded sequences of random length. */
function dataset(n: number, seed: number): SequenceSet {
  const rng = new Rng(seed);
  const x = new Int32Array(n * MAXLEN);
  const y = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const len = 3 + rng.int(MAXLEN - 2);
    const positive = rng.next() < 0.5;
    for (let t = MAXLEN - len; t < MAXLEN; t++) {
      let tok = 2 + rng.int(VOCAB - 2);
      if (tok === 5) tok = 6;
      x[i * MAXLEN + t] = tok;
    }
    if (positive) x[i * MAXLEN + MAXLEN - 1 - rng.int(len)] = 5;
    y[i] = positive ? 1 : 0;
  }
  return { x, y, n };
}

const spec: ClassifierSpec = {
  ...DEFAULT_SPEC,
  vocabSize: VOCAB,
  embeddingDim: 8,
  maxlen: MAXLEN,
  numClasses: 2,
  embeddingTrainable: true,
  lstmUnits: 8,
  denseUnits: 8,
  dropout: 0,
  l2: 0,
};

describe('fitClassifier', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('learns a token-presence task, reproducibly, without leaking tensors', async () => {
    const train = dataset(240, 1);
    const val = dataset(80, 2);
    const opts: FitOptions = { ...DEFAULT_FIT, epochs: 12, batchSize: 16, learningRate: 0.01, patience: 0 };
    const run = async () => {
      const model = buildClassifier(spec);
      compileClassifier(model, 2, opts);
      const counts: number[] = [];
      const res = await fitClassifier(model, train, val, MAXLEN, 2, opts, {
        onEpoch: () => counts.push(tf.memory().numTensors),
      });
      model.dispose();
      return { res, counts };
    };
    const a = await run();
    expect(a.res.epochs).toHaveLength(12);
    expect(a.res.epochs.at(-1)?.valAcc).toBeGreaterThan(0.9);
    expect(a.res.epochs.at(-1)?.loss).toBeLessThan(a.res.epochs[0].loss);
    // After the first epoch (optimizer slots created) the tensor count stays flat.
    expect(new Set(a.counts.slice(1)).size).toBe(1);
    const b = await run();
    expect(b.res.epochs.map((e) => e.loss)).toEqual(a.res.epochs.map((e) => e.loss));
  }, 120_000);

  it('stops early when validation loss stops improving, keeping the best epoch', async () => {
    const opts: FitOptions = { ...DEFAULT_FIT, epochs: 10, batchSize: 32, learningRate: 0, patience: 2 };
    const model = buildClassifier(spec);
    compileClassifier(model, 2, opts);
    const res = await fitClassifier(model, dataset(64, 3), dataset(32, 4), MAXLEN, 2, opts);
    expect(res.stoppedBy).toBe('early-stopping');
    expect(res.epochs).toHaveLength(3);
    expect(res.bestEpoch).toBe(1);
    model.dispose();
  });

  it('stops between batches when asked', async () => {
    const model = buildClassifier(spec);
    const opts: FitOptions = { ...DEFAULT_FIT, epochs: 5, batchSize: 8 };
    compileClassifier(model, 2, opts);
    let batches = 0;
    const res = await fitClassifier(model, dataset(64, 5), dataset(16, 6), MAXLEN, 2, opts, {
      onBatch: () => batches++,
      shouldStop: () => batches >= 3,
    });
    expect(res.stoppedBy).toBe('user');
    expect(batches).toBe(3);
    model.dispose();
  });

  it('computes cross-entropy and accuracy from probabilities', () => {
    const probs = new Float32Array([0.9, 0.1, 0.2, 0.8, 0.6, 0.4]);
    const r = lossAndAccuracy(probs, new Int32Array([0, 1, 1]), 2);
    expect(r.acc).toBeCloseTo(2 / 3, 6);
    expect(r.loss).toBeCloseTo(-(Math.log(0.9) + Math.log(0.8) + Math.log(0.4)) / 3, 6);
  });
});
