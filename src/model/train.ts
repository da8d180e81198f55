/**
 * Training loop for the classifier: seeded shuffles, Adam, per-batch and per-epoch logs, early
 * stopping with best-weight restore, and a pause/stop check between batches (so a worker can
 * answer the page mid-epoch). `model.fit` is not used because its shuffle calls Math.random.
 */
import { Rng } from '../core/rng';
import { type FitOptions, isBinary } from './options';
import { tf, type tfl } from './tf';

/**
 * Rows of model input and their class indices: padded token sequences (int32 ids, 0 = padding)
 * for the LSTM, or feature vectors (float32) for the classifiers on text vectors.
 */
export interface SequenceSet {
  /** n × width values, row-major: int32 token ids or float32 features. */
  x: Int32Array | Float32Array;
  /** n class indices in [0, numClasses). */
  y: Int32Array;
  n: number;
}

export { DEFAULT_FIT, type FitOptions } from './options';

export interface BatchLog {
  epoch: number;
  batch: number;
  batches: number;
  loss: number;
}

export interface EpochLog {
  epoch: number;
  loss: number;
  acc: number;
  valLoss: number;
  valAcc: number;
  /** Wall time of the epoch's training batches, milliseconds. */
  ms: number;
  /** Training sequences per second over the epoch. */
  sequencesPerSec: number;
}

export interface FitControl {
  /** Checked between batches: true ends training after the current batch. */
  shouldStop?: () => boolean;
  /** Awaited between batches; resolves when the user resumes. */
  waitWhilePaused?: () => Promise<void>;
  onBatch?: (log: BatchLog) => void;
  onEpoch?: (log: EpochLog) => void;
}

export interface FitResult {
  epochs: EpochLog[];
  /** 1-based epoch whose weights the model holds at the end. */
  bestEpoch: number;
  stoppedBy: 'completed' | 'early-stopping' | 'user';
}

/** y as the model's target: [n, 1] 0/1 for a sigmoid output, one-hot [n, C] for softmax. */
function targets(y: Int32Array, rows: ArrayLike<number>, numClasses: number): tf.Tensor2D {
  const n = rows.length;
  if (isBinary(numClasses)) {
    const t = new Float32Array(n);
    for (let i = 0; i < n; i++) t[i] = y[rows[i]];
    return tf.tensor2d(t, [n, 1]);
  }
  const t = new Float32Array(n * numClasses);
  for (let i = 0; i < n; i++) t[i * numClasses + y[rows[i]]] = 1;
  return tf.tensor2d(t, [n, numClasses]);
}

/** Rows `rows` of x gathered into a new [rows.length, maxlen] tensor of x's type (int32 or float32). */
function batchInput(x: Int32Array | Float32Array, rows: ArrayLike<number>, maxlen: number): tf.Tensor2D {
  const ints = x instanceof Int32Array;
  const out = ints ? new Int32Array(rows.length * maxlen) : new Float32Array(rows.length * maxlen);
  for (let i = 0; i < rows.length; i++)
    out.set(x.subarray(rows[i] * maxlen, (rows[i] + 1) * maxlen), i * maxlen);
  return tf.tensor2d(out, [rows.length, maxlen], ints ? 'int32' : 'float32');
}

export function compileClassifier(model: tfl.LayersModel, numClasses: number, opts: FitOptions): void {
  // A model compiled again (a second Train) would otherwise keep the old Adam's moment variables.
  model.optimizer?.dispose();
  model.compile({
    optimizer: tf.train.adam(opts.learningRate, opts.beta1, opts.beta2, opts.epsilon),
    loss: isBinary(numClasses) ? 'binaryCrossentropy' : 'categoricalCrossentropy',
    metrics: ['accuracy'],
  });
}

/**
 * Frees a compiled model with its optimizer: compile() was given an optimizer object, which the
 * model does not own, so `model.dispose()` alone leaves Adam's moment variables behind.
 */
export function disposeCompiled(model: tfl.LayersModel): void {
  model.optimizer?.dispose();
  model.dispose();
}

/**
 * Class probabilities for every row of `set`: n × numClasses float32 (for a sigmoid model the
 * two columns are 1−p and p), predicted in batches.
 */
export async function predictProbabilities(
  model: tfl.LayersModel,
  x: Int32Array | Float32Array,
  n: number,
  maxlen: number,
  numClasses: number,
  batchSize = 256,
): Promise<Float32Array> {
  const out = new Float32Array(n * numClasses);
  const rows = new Int32Array(batchSize);
  for (let start = 0; start < n; start += batchSize) {
    const m = Math.min(batchSize, n - start);
    for (let i = 0; i < m; i++) rows[i] = start + i;
    const p = tf.tidy(() => model.predict(batchInput(x, rows.subarray(0, m), maxlen)) as tf.Tensor);
    const v = (await p.data()) as Float32Array;
    p.dispose();
    if (isBinary(numClasses)) {
      for (let i = 0; i < m; i++) {
        out[(start + i) * 2] = 1 - v[i];
        out[(start + i) * 2 + 1] = v[i];
      }
    } else {
      out.set(v, start * numClasses);
    }
  }
  return out;
}

/** Mean cross-entropy and accuracy of probabilities against labels (same formulas as the training loss). */
export function lossAndAccuracy(
  probs: Float32Array,
  y: Int32Array,
  numClasses: number,
): { loss: number; acc: number } {
  const n = y.length;
  if (n === 0) return { loss: Number.NaN, acc: Number.NaN };
  const eps = 1e-7;
  let loss = 0;
  let correct = 0;
  for (let i = 0; i < n; i++) {
    const row = i * numClasses;
    const p = Math.min(1 - eps, Math.max(eps, probs[row + y[i]]));
    loss -= Math.log(p);
    let best = 0;
    for (let c = 1; c < numClasses; c++) if (probs[row + c] > probs[row + best]) best = c;
    if (best === y[i]) correct++;
  }
  return { loss: loss / n, acc: correct / n };
}

function snapshot(model: tfl.LayersModel): tf.Tensor[] {
  return model.getWeights().map((w) => w.clone());
}

/**
 * Trains `model` (already compiled) on `train`, validating on `val` after each epoch.
 * The shuffle order of epoch e comes from Rng(seed) so a run is reproducible.
 */
export async function fitClassifier(
  model: tfl.LayersModel,
  train: SequenceSet,
  val: SequenceSet,
  maxlen: number,
  numClasses: number,
  opts: FitOptions,
  control: FitControl = {},
): Promise<FitResult> {
  const rng = new Rng(opts.seed);
  const order = new Int32Array(train.n);
  const batches = Math.ceil(train.n / opts.batchSize);
  const epochs: EpochLog[] = [];
  let best: tf.Tensor[] | null = null;
  let bestLoss = Number.POSITIVE_INFINITY;
  let bestEpoch = 0;
  let sinceBest = 0;
  let stoppedBy: FitResult['stoppedBy'] = 'completed';

  outer: for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = 0; i < train.n; i++) order[i] = i;
    rng.shuffle(order);
    const t0 = performance.now();
    let lossSum = 0;
    let accSum = 0;
    for (let b = 0; b < batches; b++) {
      if (control.waitWhilePaused) await control.waitWhilePaused();
      if (control.shouldStop?.()) {
        stoppedBy = 'user';
        break outer;
      }
      const rows = order.subarray(b * opts.batchSize, Math.min(train.n, (b + 1) * opts.batchSize));
      const xb = batchInput(train.x, rows, maxlen);
      const yb = targets(train.y, rows, numClasses);
      const [loss, acc] = (await model.trainOnBatch(xb, yb)) as number[];
      xb.dispose();
      yb.dispose();
      lossSum += loss * rows.length;
      accSum += acc * rows.length;
      control.onBatch?.({ epoch, batch: b + 1, batches, loss });
    }
    const ms = performance.now() - t0;
    const probs = await predictProbabilities(model, val.x, val.n, maxlen, numClasses);
    const v = lossAndAccuracy(probs, val.y, numClasses);
    const log: EpochLog = {
      epoch,
      loss: lossSum / train.n,
      acc: accSum / train.n,
      valLoss: v.loss,
      valAcc: v.acc,
      ms,
      sequencesPerSec: train.n / (ms / 1000),
    };
    epochs.push(log);
    control.onEpoch?.(log);
    if (v.loss < bestLoss) {
      bestLoss = v.loss;
      bestEpoch = epoch;
      sinceBest = 0;
      if (opts.restoreBest) {
        if (best) tf.dispose(best);
        best = snapshot(model);
      }
    } else if (opts.patience > 0 && ++sinceBest >= opts.patience) {
      stoppedBy = 'early-stopping';
      break;
    }
  }
  const lastEpoch = epochs.length;
  if (opts.restoreBest && best !== null && bestEpoch !== lastEpoch) {
    model.setWeights(best);
  } else if (!opts.restoreBest || best === null) {
    bestEpoch = lastEpoch;
  }
  if (best) tf.dispose(best);
  return { epochs, bestEpoch, stoppedBy };
}
