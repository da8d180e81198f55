/**
 * Sequences for the LSTM: padding/truncating to one length (Keras `pad_sequences`), and the length
 * statistics that choose that length.
 */
import { UserError } from '../errors';

export interface PadOptions {
  /** Columns of the result; the longest sequence when absent (as in Keras). At least 1. */
  maxlen?: number;
  /** Where padding goes (Keras default 'pre': zeros before the tokens). */
  padding?: 'pre' | 'post';
  /** Which end a longer sequence loses (Keras default 'pre': its beginning). */
  truncating?: 'pre' | 'post';
  /** The padding value (default 0, the index that `maskZero` masks). */
  value?: number;
}

/**
 * Keras `pad_sequences`: N sequences → one Int32Array of N × maxlen, row-major (row i is
 * `out.subarray(i * maxlen, (i + 1) * maxlen)`). A longer sequence keeps its last `maxlen` indices
 * ('pre') or its first ('post'); a shorter one is placed at the end of its row ('pre' padding) or
 * at the start ('post'); an empty one is all `value`.
 */
export function padSequences(sequences: readonly ArrayLike<number>[], options: PadOptions = {}): Int32Array {
  let maxlen = options.maxlen;
  if (maxlen === undefined) {
    maxlen = 0;
    for (const s of sequences) if (s.length > maxlen) maxlen = s.length;
    maxlen = Math.max(1, maxlen);
  }
  if (!Number.isInteger(maxlen) || maxlen < 1) {
    throw new UserError('bad-maxlen', 'The sequence length (maxlen) must be a whole number of at least 1.');
  }
  const padPre = (options.padding ?? 'pre') === 'pre';
  const truncPre = (options.truncating ?? 'pre') === 'pre';
  const value = options.value ?? 0;
  const out = new Int32Array(sequences.length * maxlen);
  if (value !== 0) out.fill(value);
  for (let r = 0; r < sequences.length; r++) {
    const s = sequences[r];
    const len = Math.min(s.length, maxlen);
    const from = truncPre ? s.length - len : 0; // first index of s that is kept
    const at = r * maxlen + (padPre ? maxlen - len : 0); // where it goes in the row
    for (let k = 0; k < len; k++) out[at + k] = s[from + k];
  }
  return out;
}

/**
 * The p-th percentile (0 ≤ p ≤ 100) with linear interpolation between closest ranks, as NumPy's
 * default `np.percentile`. `sorted` must be ascending and non-empty.
 */
export function percentileSorted(sorted: ArrayLike<number>, p: number): number {
  const pos = ((sorted.length - 1) * p) / 100;
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export interface LengthHistogram {
  /** Bin k counts lengths in [edges[k], edges[k + 1]); edges are whole numbers, `counts.length + 1` of them. */
  edges: number[];
  counts: number[];
}

export interface LengthStats {
  count: number;
  min: number;
  max: number;
  mean: number;
  /** Percentiles of the lengths (NumPy linear), keyed by p: 50, 75, 90, 95, 99. */
  percentiles: Record<50 | 75 | 90 | 95 | 99, number>;
  histogram: LengthHistogram;
}

/**
 * Statistics of sequence lengths (tokens per text) for the length histogram and the maxlen choice.
 * The histogram has at most `bins` bins of equal whole-number width covering min … max, so each
 * length falls in exactly one bin.
 */
export function lengthStats(lengths: ArrayLike<number>, bins = 30): LengthStats {
  const n = lengths.length;
  if (n === 0) {
    return {
      count: 0,
      min: 0,
      max: 0,
      mean: 0,
      percentiles: { 50: 0, 75: 0, 90: 0, 95: 0, 99: 0 },
      histogram: { edges: [0, 1], counts: [0] },
    };
  }
  const sorted = Float64Array.from(lengths).sort();
  const min = sorted[0];
  const max = sorted[n - 1];
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i];
  const width = Math.max(1, Math.ceil((max - min + 1) / Math.max(1, bins)));
  const binCount = Math.ceil((max - min + 1) / width);
  const counts = new Array<number>(binCount).fill(0);
  for (let i = 0; i < n; i++) counts[Math.floor((sorted[i] - min) / width)]++;
  const edges = Array.from({ length: binCount + 1 }, (_, k) => min + k * width);
  const pct = (p: number) => percentileSorted(sorted, p);
  return {
    count: n,
    min,
    max,
    mean: sum / n,
    percentiles: { 50: pct(50), 75: pct(75), 90: pct(90), 95: pct(95), 99: pct(99) },
    histogram: { edges, counts },
  };
}

/** The default maxlen: the `percentile`-th percentile of the lengths, rounded up, at least 1. */
export function defaultMaxlen(lengths: ArrayLike<number>, percentile = 95): number {
  if (lengths.length === 0) return 1;
  const sorted = Float64Array.from(lengths).sort();
  return Math.max(1, Math.ceil(percentileSorted(sorted, percentile)));
}
