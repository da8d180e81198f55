/**
 * Parity of FusedLSTM against tf.layers.lstm with the same weights: outputs, final states and the
 * gradients of a random linear function of them w.r.t. the input and all three weights. The
 * reference runs on one backend (the CPU in the browser tests), the candidate on the current one.
 * Used by the Node unit tests, the benchmark page and the end-to-end test.
 */
import { Rng } from '../../core/rng';
import { tf, tfl } from '../tf';
import { fusedLstm } from './layer';
import { maskedLstmPath } from './ops';

export interface LstmCase {
  name: string;
  batch: number;
  steps: number;
  features: number;
  units: number;
  /**
   * Where padding goes; 'holes' = each step of a row is padding with probability 0.3 (a mask Keras
   * allows though no tokenizer makes it); 'none' = no mask passed at all.
   */
  padding: 'pre' | 'post' | 'holes' | 'none';
  /** How many rows (the first ones) are padding only. */
  allPaddingRows: number;
  goBackwards: boolean;
  returnSequences: boolean;
  recurrentActivation: 'hardSigmoid' | 'sigmoid';
  seed: number;
}

export const DEFAULT_CASE: Omit<LstmCase, 'name'> = {
  batch: 6,
  steps: 7,
  features: 5,
  units: 4,
  padding: 'pre',
  allPaddingRows: 1,
  goBackwards: false,
  returnSequences: false,
  recurrentActivation: 'hardSigmoid',
  seed: 1,
};

/** Inputs, mask, weights and cotangents of a case, as plain arrays (so every backend gets the same numbers). */
interface CaseData {
  x: Float32Array;
  mask: Float32Array | null;
  weights: Float32Array[];
  /** Cotangents of the output ([B, T, U] or [B, U]), h and c. */
  cot: Float32Array[];
}

function uniform(rng: Rng, n: number, scale: number): Float32Array {
  const a = new Float32Array(n);
  for (let i = 0; i < n; i++) a[i] = (rng.next() * 2 - 1) * scale;
  return a;
}

function caseData(c: LstmCase): CaseData {
  const rng = new Rng(c.seed);
  const { batch: B, steps: T, features: F, units: U } = c;
  const x = uniform(rng, B * T * F, 1);
  let mask: Float32Array | null = null;
  if (c.padding !== 'none') {
    mask = new Float32Array(B * T);
    for (let b = 0; b < B; b++) {
      if (b < c.allPaddingRows) continue;
      if (c.padding === 'holes') {
        for (let t = 0; t < T; t++) mask[b * T + t] = rng.next() < 0.3 ? 0 : 1;
        continue;
      }
      const len = 1 + rng.int(T);
      for (let k = 0; k < len; k++) mask[b * T + (c.padding === 'pre' ? T - 1 - k : k)] = 1;
    }
    // Padded steps hold zeros, as an Embedding row 0 would give.
    for (let i = 0; i < B * T; i++) if (mask[i] === 0) x.fill(0, i * F, (i + 1) * F);
  }
  const weights = [uniform(rng, F * 4 * U, 0.6), uniform(rng, U * 4 * U, 0.6), uniform(rng, 4 * U, 0.3)];
  const outSize = c.returnSequences ? B * T * U : B * U;
  const cot = [uniform(rng, outSize, 1), uniform(rng, B * U, 1), uniform(rng, B * U, 1)];
  return { x, mask, weights, cot };
}

/** Outputs, states and gradients, named, as arrays. */
export type LstmQuantities = Record<string, Float32Array>;

/** Runs one implementation of the case on the current backend. */
export async function runLstmCase(impl: 'fused' | 'layers', c: LstmCase): Promise<LstmQuantities> {
  const d = caseData(c);
  const { batch: B, steps: T, features: F, units: U } = c;
  const args = {
    units: U,
    returnSequences: c.returnSequences,
    returnState: true,
    goBackwards: c.goBackwards,
    recurrentActivation: c.recurrentActivation,
    // The weights are set below; tfjs's orthogonal initialiser (a QR) takes minutes for 300 units.
    kernelInitializer: 'zeros',
    recurrentInitializer: 'zeros',
  } as const;
  const layer = impl === 'fused' ? fusedLstm(args) : tfl.layers.lstm(args);
  // apply (not build) marks the layer built; the first call on zeros creates the weights.
  tf.dispose(layer.apply(tf.zeros([1, T, F])) as tf.Tensor[]);
  const w = [
    tf.tensor2d(d.weights[0], [F, 4 * U]),
    tf.tensor2d(d.weights[1], [U, 4 * U]),
    tf.tensor1d(d.weights[2]),
  ];
  layer.setWeights(w);
  tf.dispose(w);
  const x = tf.variable(tf.tensor3d(d.x, [B, T, F]), true, `x_${impl}_${c.seed}_${Math.random()}`);
  const mask = d.mask ? tf.cast(tf.tensor2d(d.mask, [B, T]), 'bool') : null;
  const outShape = c.returnSequences ? [B, T, U] : [B, U];
  const cot = [tf.tensor(d.cot[0], outShape), tf.tensor2d(d.cot[1], [B, U]), tf.tensor2d(d.cot[2], [B, U])];
  const kwargs = mask ? { mask } : {};
  const forward = tf.tidy(() => layer.apply(x, kwargs) as tf.Tensor[]);
  const vars = [x, ...layer.trainableWeights.map((v) => v.read() as tf.Variable)];
  const { value, grads } = tf.variableGrads(() => {
    const outs = layer.apply(x, kwargs) as tf.Tensor[];
    return tf.addN(outs.map((o, i) => tf.sum(tf.mul(o, cot[i])))) as tf.Scalar;
  }, vars);
  const names = ['output', 'h', 'c'];
  const out: LstmQuantities = {};
  for (let i = 0; i < 3; i++) out[names[i]] = (await forward[i].data()) as Float32Array;
  const gradNames = ['dx', 'dKernel', 'dRecurrentKernel', 'dBias'];
  for (let i = 0; i < vars.length; i++)
    out[gradNames[i]] = (await grads[vars[i].name].data()) as Float32Array;
  tf.dispose([...forward, ...cot, value, ...Object.values(grads), x]);
  if (mask) mask.dispose();
  layer.dispose();
  return out;
}

/** max|a − b| / max|b|, the error measure of the backend self-test. */
export function relError(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  let diff = 0;
  let ref = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i] - b[i]);
    if (Number.isNaN(d)) return Number.NaN;
    diff = Math.max(diff, d);
    ref = Math.max(ref, Math.abs(b[i]));
  }
  return diff / Math.max(ref, 1e-12);
}

export interface CaseReport {
  name: string;
  /** What the candidate ran on: 'webgpu-fused' or 'plain'. */
  path: string;
  /** Relative error of each quantity. */
  errors: Record<string, number>;
  maxError: number;
  /** All-padding rows' output (must be exactly zero); NaN when the case has none. */
  paddingRowMaxAbs: number;
}

/**
 * FusedLSTM on `backend` against tf.layers.lstm on `referenceBackend`, case by case.
 * Leaves `backend` active.
 */
export async function compareWithLayers(
  cases: LstmCase[],
  backend: string,
  referenceBackend = 'cpu',
): Promise<CaseReport[]> {
  const reports: CaseReport[] = [];
  for (const c of cases) {
    await tf.setBackend(referenceBackend);
    const ref = await runLstmCase('layers', c);
    await tf.setBackend(backend);
    const got = await runLstmCase('fused', c);
    const errors: Record<string, number> = {};
    let maxError = 0;
    for (const k of Object.keys(ref)) {
      errors[k] = relError(got[k], ref[k]);
      maxError = Number.isNaN(errors[k]) ? Number.NaN : Math.max(maxError, errors[k]);
    }
    let paddingRowMaxAbs = Number.NaN;
    if (c.padding !== 'none' && c.allPaddingRows > 0) {
      paddingRowMaxAbs = 0;
      const perRow = got.output.length / c.batch;
      for (let i = 0; i < c.allPaddingRows * perRow; i++)
        paddingRowMaxAbs = Math.max(paddingRowMaxAbs, Math.abs(got.output[i]));
    }
    reports.push({ name: c.name, path: maskedLstmPath(c.units), errors, maxError, paddingRowMaxAbs });
  }
  return reports;
}

/** The cases the tests run: shapes, both paddings, no mask, all-padding rows, both directions, both gates. */
export function parityCases(): LstmCase[] {
  const c = (name: string, over: Partial<LstmCase>): LstmCase => ({ ...DEFAULT_CASE, name, ...over });
  return [
    c('pre-padding', {}),
    c('post-padding', { padding: 'post', seed: 2 }),
    c('no mask', { padding: 'none', allPaddingRows: 0, seed: 3 }),
    c('sequences, post', { padding: 'post', returnSequences: true, seed: 4 }),
    c('backwards, pre, sequences', { goBackwards: true, returnSequences: true, seed: 5 }),
    c('sigmoid gates, 8 features', { recurrentActivation: 'sigmoid', padding: 'post', features: 8, seed: 6 }),
    c('every row padding', { batch: 3, allPaddingRows: 3, seed: 7 }),
    c('7 units (scalar programs), backwards', { units: 7, goBackwards: true, padding: 'post', seed: 11 }),
    c('batch 37 (partial workgroup), 16 units', { batch: 37, steps: 12, features: 9, units: 16, seed: 8 }),
    c('100 units (an odd number of vec4s)', {
      batch: 5,
      steps: 9,
      features: 12,
      units: 100,
      padding: 'post',
      seed: 9,
    }),
    c('300 units (workgroup memory bounds the sequences per group)', {
      batch: 3,
      steps: 5,
      features: 7,
      units: 300,
      seed: 10,
    }),
    c('258 units (vec2 programs)', { batch: 2, steps: 4, features: 6, units: 258, seed: 12 }),
    c('37 units (scalar programs), holes in the mask', {
      batch: 11,
      steps: 9,
      features: 5,
      units: 37,
      padding: 'holes',
      seed: 13,
    }),
    c('64 units, batch 20, holes, sequences', {
      batch: 20,
      steps: 10,
      features: 12,
      units: 64,
      padding: 'holes',
      returnSequences: true,
      seed: 14,
    }),
    c('128 units, post-padding, backwards', {
      batch: 9,
      steps: 8,
      features: 20,
      units: 128,
      padding: 'post',
      goBackwards: true,
      seed: 15,
    }),
    c('8 units (one invocation per workgroup backward), sigmoid', {
      batch: 13,
      steps: 11,
      features: 3,
      units: 8,
      recurrentActivation: 'sigmoid',
      seed: 16,
    }),
  ];
}
