/**
 * The training-level proof: the classifier trained with the fused LSTM on one backend gives the
 * same per-epoch loss curve, from the same seed, as with tf.layers.lstm on the CPU backend.
 */
import { Rng } from '../../core/rng';
import { buildClassifier, type ClassifierSpec, DEFAULT_SPEC } from '../classifier';
import { tf } from '../tf';
import { compileClassifier, DEFAULT_FIT, type FitOptions, fitClassifier, type SequenceSet } from '../train';

const VOCAB = 40;
const MAXLEN = 40;

/** Label 1 iff token 3 occurs; lengths 2..MAXLEN, pre- or post-padded. */
function curveData(n: number, seed: number, padding: 'pre' | 'post'): SequenceSet {
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

const SPEC: ClassifierSpec = {
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

const FIT: FitOptions = {
  ...DEFAULT_FIT,
  epochs: 3,
  batchSize: 32,
  learningRate: 0.01,
  patience: 0,
  seed: 11,
};

async function curve(impl: 'fused' | 'layers', padding: 'pre' | 'post'): Promise<number[]> {
  const model = buildClassifier({ ...SPEC, lstmImpl: impl });
  compileClassifier(model, 2, FIT);
  const res = await fitClassifier(
    model,
    curveData(128, 1, padding),
    curveData(32, 2, padding),
    MAXLEN,
    2,
    FIT,
  );
  model.dispose();
  return res.epochs.map((e) => e.loss);
}

export interface CurveReport {
  padding: 'pre' | 'post';
  backend: string;
  /** tf.layers.lstm on the CPU backend. */
  reference: number[];
  /** FusedLSTM on `backend`. */
  fused: number[];
  maxDiff: number;
}

/** Trains both ways and compares; leaves `backend` active. */
export async function compareTrainingCurves(backend: string, padding: 'pre' | 'post'): Promise<CurveReport> {
  await tf.setBackend('cpu');
  const reference = await curve('layers', padding);
  await tf.setBackend(backend);
  const fused = await curve('fused', padding);
  let maxDiff = 0;
  for (let i = 0; i < reference.length; i++) maxDiff = Math.max(maxDiff, Math.abs(reference[i] - fused[i]));
  return { padding, backend, reference, fused, maxDiff };
}
