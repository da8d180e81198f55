/**
 * The masking check the page can run on any backend: a seeded masked-LSTM training run on the
 * CPU backend and on the backend in use must give the same per-epoch loss, and a sequence must
 * get the same output however much padding precedes it. This is what tfjs 4.22's unpatched
 * WebGPU transpose silently breaks (see scripts/patch-tfjs-webgpu.mjs).
 */
import { Rng } from '../core/rng';
import { buildClassifier, type ClassifierSpec, DEFAULT_SPEC } from './classifier';
import { tf } from './tf';
import { compileClassifier, DEFAULT_FIT, type FitOptions, fitClassifier, type SequenceSet } from './train';

const VOCAB = 40;
/** 32 × 40 = 1280 mask elements per batch: above WebGPU's 1000-element CPU hand-off. */
const MAXLEN = 40;
const LONG_MAXLEN = 96;

export interface ParityReport {
  backend: string;
  cpuLosses: number[];
  backendLosses: number[];
  /** Largest |loss_backend − loss_cpu| over the epochs. */
  maxLossDiff: number;
  /** Largest |p(short padding) − p(long padding)| over the probe sequences, on the backend. */
  maxPaddingDiff: number;
  ms: number;
}

/** Label 1 iff token 3 occurs; lengths 2..maxlen, pre- or post-padded. */
export function parityData(n: number, seed: number, padding: 'pre' | 'post' = 'pre'): SequenceSet {
  const rng = new Rng(seed);
  const x = new Int32Array(n * MAXLEN);
  const y = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const len = 2 + rng.int(MAXLEN - 1);
    const start = padding === 'pre' ? MAXLEN - len : 0;
    for (let t = start; t < start + len; t++) x[i * MAXLEN + t] = 4 + rng.int(VOCAB - 4);
    if (rng.next() < 0.5) {
      x[i * MAXLEN + start + rng.int(len)] = 3;
      y[i] = 1;
    }
  }
  return { x, y, n };
}

/** A small masked-LSTM classifier every check trains: seeded, no dropout, so backends can agree. */
export const PARITY_SPEC: ClassifierSpec = {
  ...DEFAULT_SPEC,
  vocabSize: VOCAB,
  embeddingDim: 8,
  maxlen: MAXLEN,
  numClasses: 2,
  embeddingTrainable: true,
  maskZero: true,
  lstmUnits: 8,
  denseUnits: 8,
  dropout: 0,
  l2: 0,
  seed: 7,
};

export const PARITY_FIT: FitOptions = {
  ...DEFAULT_FIT,
  epochs: 3,
  batchSize: 32,
  learningRate: 0.01,
  patience: 0,
  seed: 11,
};

export const PARITY_MAXLEN = MAXLEN;

async function lossCurve(
  train: SequenceSet,
  val: SequenceSet,
): Promise<{ losses: number[]; model: ReturnType<typeof buildClassifier> }> {
  const model = buildClassifier(PARITY_SPEC);
  compileClassifier(model, 2, PARITY_FIT);
  const res = await fitClassifier(model, train, val, MAXLEN, 2, PARITY_FIT);
  return { losses: res.epochs.map((e) => e.loss), model };
}

/** Outputs for the same token rows padded to MAXLEN and to LONG_MAXLEN (weights copied across). */
async function paddingDiff(model: ReturnType<typeof buildClassifier>, val: SequenceSet): Promise<number> {
  const long = buildClassifier({ ...PARITY_SPEC, maxlen: LONG_MAXLEN });
  long.setWeights(model.getWeights());
  const n = Math.min(val.n, 16);
  const shortX = val.x.subarray(0, n * MAXLEN);
  const longX = new Int32Array(n * LONG_MAXLEN);
  for (let i = 0; i < n; i++)
    longX.set(shortX.subarray(i * MAXLEN, (i + 1) * MAXLEN), i * LONG_MAXLEN + LONG_MAXLEN - MAXLEN);
  const a = tf.tidy(() => model.predict(tf.tensor2d(shortX, [n, MAXLEN], 'int32')) as tf.Tensor);
  const b = tf.tidy(() => long.predict(tf.tensor2d(longX, [n, LONG_MAXLEN], 'int32')) as tf.Tensor);
  const [pa, pb] = await Promise.all([a.data(), b.data()]);
  tf.dispose([a, b]);
  long.dispose();
  let max = 0;
  for (let i = 0; i < n; i++) max = Math.max(max, Math.abs(pa[i] - pb[i]));
  return max;
}

/** Runs the check; leaves `backend` active afterwards. */
export async function runParityCheck(backend: string): Promise<ParityReport> {
  const t0 = performance.now();
  const train = parityData(128, 1);
  const val = parityData(32, 2);
  await tf.setBackend('cpu');
  const cpu = await lossCurve(train, val);
  cpu.model.dispose();
  await tf.setBackend(backend);
  const dev = await lossCurve(train, val);
  const maxPaddingDiff = await paddingDiff(dev.model, val);
  dev.model.dispose();
  let maxLossDiff = 0;
  for (let i = 0; i < cpu.losses.length; i++)
    maxLossDiff = Math.max(maxLossDiff, Math.abs(cpu.losses[i] - dev.losses[i]));
  return {
    backend,
    cpuLosses: cpu.losses,
    backendLosses: dev.losses,
    maxLossDiff,
    maxPaddingDiff,
    ms: performance.now() - t0,
  };
}
