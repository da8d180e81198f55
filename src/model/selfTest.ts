/**
 * Choosing a TensorFlow.js backend by what it computes, not by whether it starts.
 *
 * `setBackend('webgpu')` succeeding proves nothing: tfjs 4.22's WebGPU transpose returns zeros
 * for int32/bool tensors over 1000 elements (tfjs issue 8638), which silently breaks masked
 * LSTMs. Each candidate therefore runs two checks against references and is accepted only if both
 * agree: a large int32 and bool transpose (exact), and one masked-LSTM gradient step (relative
 * error against the CPU backend).
 */
import { type Phrase, phrase } from '../core/errors';
import { Rng } from '../core/rng';
import { tf, tfl } from './tf';

export type BackendName = 'webgpu' | 'webgl' | 'cpu' | (string & {});

export interface BackendCheck {
  name: BackendName;
  /** 'accepted', 'refused' (ran but computed wrongly or failed), 'unavailable' (would not start), 'untried'. */
  status: 'accepted' | 'refused' | 'unavailable' | 'untried';
  /** One sentence for the page. */
  reason: Phrase;
  /** Time spent starting and testing this backend, in milliseconds. */
  ms: number;
  /** Adapter or renderer description when the backend exposes one (e.g. WebGPU's architecture). */
  device?: string;
}

export interface BackendReport {
  chosen: BackendName;
  checks: BackendCheck[];
}

/** Transpose check size: 48 × 64 = 3072 elements, well above WebGPU's 1000-element CPU hand-off. */
const T_ROWS = 48;
const T_COLS = 64;

/** Masked-LSTM check shape: batch × steps must exceed 1000 so the mask transpose runs on the device. */
const L_BATCH = 40;
const L_STEPS = 32;
const L_VOCAB = 30;
const L_EMBED = 8;
const L_UNITS = 8;

/** Largest gradient disagreement accepted, relative to the largest CPU gradient. */
export const GRADIENT_TOLERANCE = 1e-3;

/** Expected transpose of the int32 test matrix, computed without tfjs. */
function transposeInput(): Int32Array {
  const a = new Int32Array(T_ROWS * T_COLS);
  for (let i = 0; i < a.length; i++) a[i] = ((i * 7919) % 2003) - 1000;
  return a;
}

/** Returns null when the int32 and bool transposes are exact, else the counts of wrong values. */
export async function checkTranspose(): Promise<{ wrong: number; wrongMask: number } | null> {
  const input = transposeInput();
  const x = tf.tensor2d(input, [T_ROWS, T_COLS], 'int32');
  const xt = tf.transpose(x);
  const mask = tf.greater(x, 0);
  const maskT = tf.transpose(mask);
  const [got, gotMask] = await Promise.all([xt.data(), maskT.data()]);
  tf.dispose([x, xt, mask, maskT]);
  let wrong = 0;
  let wrongMask = 0;
  for (let r = 0; r < T_ROWS; r++) {
    for (let c = 0; c < T_COLS; c++) {
      const want = input[r * T_COLS + c];
      if (got[c * T_ROWS + r] !== want) wrong++;
      if (gotMask[c * T_ROWS + r] !== (want > 0 ? 1 : 0)) wrongMask++;
    }
  }
  if (wrong === 0 && wrongMask === 0) return null;
  return { wrong, wrongMask };
}

/** Token ids with pre-padding: row b has a length between 1 and L_STEPS, zeros before it. */
function lstmBatch(rng: Rng): { ids: Float32Array; labels: Float32Array } {
  const ids = new Float32Array(L_BATCH * L_STEPS);
  const labels = new Float32Array(L_BATCH);
  for (let b = 0; b < L_BATCH; b++) {
    const len = 1 + rng.int(L_STEPS);
    for (let t = L_STEPS - len; t < L_STEPS; t++) ids[b * L_STEPS + t] = 1 + rng.int(L_VOCAB - 1);
    labels[b] = rng.int(2);
  }
  return { ids, labels };
}

/**
 * Loss and every gradient of one masked-LSTM step on the current backend, as plain arrays.
 * Embedding(maskZero) → LSTM → Dense(sigmoid), weights drawn from a fixed seed so that every
 * backend sees the same numbers.
 */
export async function maskedLstmGradients(): Promise<{ loss: number; grads: Float32Array[] }> {
  const rng = new Rng(20261122);
  const model = tfl.sequential({
    layers: [
      tfl.layers.embedding({ inputDim: L_VOCAB, outputDim: L_EMBED, maskZero: true, inputLength: L_STEPS }),
      tfl.layers.lstm({ units: L_UNITS }),
      tfl.layers.dense({ units: 1, activation: 'sigmoid' }),
    ],
  });
  model.build([null, L_STEPS]);
  const weights = model.getWeights().map((w) => {
    const v = new Float32Array(w.size);
    for (let i = 0; i < v.length; i++) v[i] = (rng.next() - 0.5) * 0.8;
    return tf.tensor(v, w.shape);
  });
  model.setWeights(weights);
  tf.dispose(weights);
  const { ids, labels } = lstmBatch(rng);
  const x = tf.tensor2d(ids, [L_BATCH, L_STEPS]);
  const y = tf.tensor2d(labels, [L_BATCH, 1]);
  const { value, grads } = tf.variableGrads(() => {
    const p = model.apply(x, { training: true }) as tf.Tensor;
    return tf.losses.logLoss(y, p) as tf.Scalar;
  });
  const names = Object.keys(grads).sort();
  const out = await Promise.all(names.map((n) => grads[n].data() as Promise<Float32Array>));
  const loss = (await value.data())[0];
  tf.dispose([x, y, value, ...Object.values(grads)]);
  for (const l of model.layers) l.dispose();
  return { loss, grads: out };
}

/** Largest |a−b| over all arrays divided by the largest |b| (b is the reference). */
export function relativeError(a: Float32Array[], b: Float32Array[]): number {
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  let maxDiff = 0;
  let maxRef = 0;
  for (let k = 0; k < a.length; k++) {
    if (a[k].length !== b[k].length) return Number.POSITIVE_INFINITY;
    for (let i = 0; i < a[k].length; i++) {
      const d = Math.abs(a[k][i] - b[k][i]);
      if (Number.isNaN(d)) return Number.NaN;
      if (d > maxDiff) maxDiff = d;
      const r = Math.abs(b[k][i]);
      if (r > maxRef) maxRef = r;
    }
  }
  return maxDiff / Math.max(maxRef, 1e-12);
}

function deviceOf(name: string): string | undefined {
  const b = tf.engine().backend as unknown as { adapterInfo?: { vendor?: string; architecture?: string } };
  if (name === 'webgpu' && b.adapterInfo) {
    return [b.adapterInfo.vendor, b.adapterInfo.architecture].filter(Boolean).join(' ') || undefined;
  }
  return undefined;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Tries `candidates` in order and leaves the first correct one active. The CPU backend supplies
 * the gradient reference and is itself checked against the plain-JavaScript transpose.
 * Never throws: a backend that fails in any way is refused with the reason.
 */
export async function selectBackend(
  candidates: BackendName[] = ['webgpu', 'webgl', 'cpu'],
): Promise<BackendReport> {
  await tf.setBackend('cpu');
  await tf.ready();
  const reference = await maskedLstmGradients();
  const checks: BackendCheck[] = [];
  let chosen: BackendName | null = null;
  for (const name of candidates) {
    if (chosen !== null) {
      checks.push({
        name,
        status: 'untried',
        reason: phrase('backend-not-needed', `Not needed: ${chosen} passed first.`, { backend: chosen }),
        ms: 0,
      });
      continue;
    }
    const t0 = performance.now();
    let started = false;
    try {
      started = await tf.setBackend(name);
    } catch (e) {
      checks.push({
        name,
        status: 'unavailable',
        reason: phrase('backend-start-failed', `Would not start: ${errorText(e)}`, { detail: errorText(e) }),
        ms: performance.now() - t0,
      });
      continue;
    }
    if (!started) {
      const reason =
        name === 'webgpu'
          ? phrase('backend-no-adapter', 'Would not start: this browser exposes no WebGPU adapter.')
          : phrase('backend-not-started', 'Would not start in this browser.');
      checks.push({ name, status: 'unavailable', reason, ms: performance.now() - t0 });
      continue;
    }
    const device = deviceOf(name);
    try {
      const transposeProblem = await checkTranspose();
      if (transposeProblem !== null) {
        checks.push({
          name,
          status: 'refused',
          reason: phrase(
            'backend-bad-transpose',
            `Computes wrongly: a ${T_ROWS}×${T_COLS} int32 transpose returned ${transposeProblem.wrong} wrong values and the bool transpose ${transposeProblem.wrongMask}.`,
            { shape: `${T_ROWS}×${T_COLS}`, ...transposeProblem },
          ),
          ms: performance.now() - t0,
          device,
        });
        continue;
      }
      const got = await maskedLstmGradients();
      const err = relativeError(got.grads, reference.grads);
      if (!(err <= GRADIENT_TOLERANCE)) {
        const reason = phrase(
          'backend-bad-gradients',
          `Computes wrongly: masked-LSTM gradients differ from the CPU backend by ${err.toExponential(1)} (relative).`,
          { error: err.toExponential(1) },
        );
        checks.push({ name, status: 'refused', reason, ms: performance.now() - t0, device });
        continue;
      }
      const reason =
        name === 'cpu'
          ? phrase('backend-reference', 'Correct (the reference); slowest for large models.')
          : phrase(
              'backend-correct',
              `Correct: transpose exact, masked-LSTM gradients within ${err.toExponential(1)} of the CPU backend.`,
              { error: err.toExponential(1) },
            );
      checks.push({ name, status: 'accepted', reason, ms: performance.now() - t0, device });
      chosen = name;
    } catch (e) {
      checks.push({
        name,
        status: 'refused',
        reason: phrase('backend-test-failed', `Failed while testing: ${errorText(e)}`, {
          detail: errorText(e),
        }),
        ms: performance.now() - t0,
        device,
      });
    }
  }
  if (chosen === null) {
    // The CPU backend is pure JavaScript; it failing means tfjs itself is broken.
    await tf.setBackend('cpu');
    chosen = 'cpu';
  } else {
    await tf.setBackend(chosen);
  }
  return { chosen, checks };
}
