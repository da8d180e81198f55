/**
 * Row selection and standardisation of feature matrices (n × d float32, row-major), the two
 * things every classifier on vectors does to its input before training.
 */

/** Rows `rows` of `x`, copied in that order into a new rows.length × d matrix. */
export function gatherRows(x: Float32Array, d: number, rows: Int32Array): Float32Array {
  const out = new Float32Array(rows.length * d);
  for (let i = 0; i < rows.length; i++) out.set(x.subarray(rows[i] * d, (rows[i] + 1) * d), i * d);
  return out;
}

/** `y[rows[i]]` for every i. */
export function gatherLabels(y: Int32Array, rows: Int32Array): Int32Array {
  const out = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = y[rows[i]];
  return out;
}

/** Per-feature shift and scale: z = (x − mean) · scale. */
export interface Standardizer {
  mean: Float64Array;
  /** 1 / standard deviation; 1 for a feature that is constant (it stays 0 after the shift). */
  scale: Float64Array;
}

/**
 * Mean and population standard deviation of each feature over the rows of `x` (the training
 * rows only, so validation and test data do not leak into the model), in float64.
 */
export function fitStandardizer(x: Float32Array, d: number): Standardizer {
  const n = x.length / d;
  const mean = new Float64Array(d);
  const sq = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    const off = i * d;
    for (let j = 0; j < d; j++) mean[j] += x[off + j];
  }
  for (let j = 0; j < d; j++) mean[j] /= Math.max(1, n);
  for (let i = 0; i < n; i++) {
    const off = i * d;
    for (let j = 0; j < d; j++) {
      const v = x[off + j] - mean[j];
      sq[j] += v * v;
    }
  }
  const scale = new Float64Array(d);
  for (let j = 0; j < d; j++) {
    const sd = Math.sqrt(sq[j] / Math.max(1, n));
    scale[j] = sd > 1e-12 ? 1 / sd : 1;
  }
  return { mean, scale };
}

/** A standardised copy of `x`. */
export function standardize(x: Float32Array, d: number, s: Standardizer): Float32Array {
  const out = new Float32Array(x.length);
  const n = x.length / d;
  for (let i = 0; i < n; i++) {
    const off = i * d;
    for (let j = 0; j < d; j++) out[off + j] = (x[off + j] - s.mean[j]) * s.scale[j];
  }
  return out;
}
