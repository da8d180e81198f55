/**
 * The two losses LightGBM uses for classification, with its gradients, hessians, starting scores
 * and evaluation metrics: `binary` (logistic loss on one raw score per row) and `multiclass`
 * (softmax cross-entropy on one raw score per class per row).
 *
 * Scores are row-major: `scores[i * K + k]` for K score columns (1 for binary). Gradients and
 * hessians are class-major: `grad[k * n + i]`, so each class's tree reads one contiguous array.
 */

export type Objective = 'binary' | 'multiclass';

/** Probabilities are clipped to [ε, 1 − ε] in the loss, as LightGBM's kEpsilon does. */
const EPS = 1e-15;

/** Score columns per row: one for binary, one per class otherwise. */
export function scoreColumns(objective: Objective, numClass: number): number {
  return objective === 'binary' ? 1 : numClass;
}

/**
 * Starting raw scores from the class priors of the training labels (LightGBM's
 * `boost_from_average`): log-odds of the positive class for binary, log of each class's share
 * for multiclass.
 */
export function initScores(objective: Objective, y: Int32Array, numClass: number): number[] {
  const n = y.length;
  const counts = new Float64Array(numClass);
  for (let i = 0; i < n; i++) counts[y[i]]++;
  if (objective === 'binary') {
    const p = Math.min(1 - EPS, Math.max(EPS, counts[1] / n));
    return [Math.log(p / (1 - p))];
  }
  return Array.from(counts, (c) => Math.log(Math.max(EPS, c / n)));
}

/** Writes row i's class probabilities (numClass of them) into `p` from its raw scores. */
export function probabilities(
  objective: Objective,
  scores: ArrayLike<number>,
  i: number,
  numClass: number,
  p: Float64Array,
): void {
  if (objective === 'binary') {
    const q = 1 / (1 + Math.exp(-scores[i]));
    p[0] = 1 - q;
    p[1] = q;
    return;
  }
  const off = i * numClass;
  let max = scores[off];
  for (let k = 1; k < numClass; k++) if (scores[off + k] > max) max = scores[off + k];
  let sum = 0;
  for (let k = 0; k < numClass; k++) {
    const e = Math.exp(scores[off + k] - max);
    p[k] = e;
    sum += e;
  }
  for (let k = 0; k < numClass; k++) p[k] /= sum;
}

/**
 * Gradients and hessians of the loss at the current scores, for the rows of `y`. Binary:
 * g = p − y, h = p(1 − p). Multiclass: g_k = p_k − [y = k], h_k = K/(K − 1) · p_k(1 − p_k) (the
 * factor is LightGBM's; it makes a two-class softmax step as large as the logistic one).
 */
export function gradients(
  objective: Objective,
  scores: Float64Array,
  y: Int32Array,
  numClass: number,
  grad: Float32Array,
  hess: Float32Array,
  scratch: Float64Array,
): void {
  const n = y.length;
  if (objective === 'binary') {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-scores[i]));
      grad[i] = p - y[i];
      hess[i] = p * (1 - p);
    }
    return;
  }
  const factor = numClass / (numClass - 1);
  for (let i = 0; i < n; i++) {
    probabilities(objective, scores, i, numClass, scratch);
    for (let k = 0; k < numClass; k++) {
      const p = scratch[k];
      grad[k * n + i] = p - (y[i] === k ? 1 : 0);
      hess[k * n + i] = factor * p * (1 - p);
    }
  }
}

/** Mean log loss of the scores against y (`binary_logloss` / `multi_logloss`); NaN for no rows. */
export function logLoss(
  objective: Objective,
  scores: Float64Array,
  y: Int32Array,
  numClass: number,
  scratch: Float64Array,
): number {
  const n = y.length;
  if (n === 0) return Number.NaN;
  let s = 0;
  for (let i = 0; i < n; i++) {
    probabilities(objective, scores, i, numClass, scratch);
    s -= Math.log(Math.min(1 - EPS, Math.max(EPS, scratch[y[i]])));
  }
  return s / n;
}
