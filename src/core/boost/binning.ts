/**
 * Feature binning as LightGBM does it before training: each feature's values are cut into at
 * most `maxBin` bins at quantile boundaries found on (a sample of) the training rows, and every
 * value is replaced by its bin index. Split finding then works on per-bin gradient sums instead of
 * sorted values, which is what makes histogram-based boosting fast.
 *
 * A bin boundary is the midpoint between two neighbouring distinct training values, so a split
 * "bin ≤ b" equals "value ≤ upper[b]" for any value, seen in training or not.
 */
import type { Rng } from '../rng';

export interface BinMapper {
  numFeatures: number;
  /**
   * Upper bounds of all bins, feature after feature: feature f's bins are
   * `upper[offsets[f]] … upper[offsets[f + 1] − 1]`; the last bin of each feature ends at +∞.
   */
  upper: Float64Array;
  /** numFeatures + 1 entries; `offsets[f + 1] − offsets[f]` is feature f's bin count (1 … 255). */
  offsets: Int32Array;
}

/**
 * Upper bounds for one feature from its sorted sample (ascending, no NaN). With at most `maxBin`
 * distinct values each gets a bin of its own; otherwise bins are cut greedily so each holds about
 * (rows left) / (bins left) rows, and a value that alone fills a bin starts a new one (a feature
 * that is mostly zero keeps zero apart from its neighbours, as LightGBM's greedy binning does).
 */
export function binBounds(sorted: Float32Array, maxBin: number): number[] {
  const n = sorted.length;
  if (n === 0) return [Number.POSITIVE_INFINITY];
  // Distinct values and their counts.
  const values: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = sorted[i];
    if (values.length > 0 && values[values.length - 1] === v) counts[counts.length - 1]++;
    else {
      values.push(v);
      counts.push(1);
    }
  }
  const m = values.length;
  const bounds: number[] = [];
  const mid = (i: number) => (values[i] + values[i + 1]) / 2;
  if (m <= maxBin) {
    for (let i = 0; i < m - 1; i++) bounds.push(mid(i));
  } else {
    let rowsLeft = n;
    let binsLeft = maxBin;
    let target = rowsLeft / binsLeft;
    let acc = 0;
    for (let i = 0; i < m; i++) {
      if (acc > 0 && counts[i] >= target && binsLeft > 1) {
        bounds.push(mid(i - 1));
        rowsLeft -= acc;
        binsLeft--;
        target = rowsLeft / binsLeft;
        acc = 0;
      }
      acc += counts[i];
      if (i < m - 1 && acc >= target && binsLeft > 1) {
        bounds.push(mid(i));
        rowsLeft -= acc;
        binsLeft--;
        target = rowsLeft / binsLeft;
        acc = 0;
      }
    }
  }
  bounds.push(Number.POSITIVE_INFINITY);
  return bounds;
}

/**
 * Bin boundaries of every feature of `x` (n × d, row-major), from at most `sampleCount` rows
 * drawn with `rng` (all rows when there are fewer).
 */
export function fitBins(
  x: Float32Array,
  n: number,
  d: number,
  maxBin: number,
  sampleCount: number,
  rng: Rng,
): BinMapper {
  let rows: Int32Array;
  if (n <= sampleCount) {
    rows = new Int32Array(n);
    for (let i = 0; i < n; i++) rows[i] = i;
  } else {
    rows = sampleSorted(n, sampleCount, rng);
  }
  const m = rows.length;
  const all: number[][] = [];
  let total = 0;
  // Columns are gathered a block of features at a time, reading each row's block contiguously:
  // gathering one column across all rows would touch a new cache line per value.
  const columns = new Float32Array(Math.min(d, BLOCK) * m);
  for (let f0 = 0; f0 < d; f0 += BLOCK) {
    const width = Math.min(BLOCK, d - f0);
    for (let i = 0; i < m; i++) {
      const off = rows[i] * d + f0;
      for (let j = 0; j < width; j++) columns[j * m + i] = x[off + j];
    }
    for (let j = 0; j < width; j++) {
      const column = columns.subarray(j * m, (j + 1) * m);
      column.sort();
      const b = binBounds(column, maxBin);
      all.push(b);
      total += b.length;
    }
  }
  const upper = new Float64Array(total);
  const offsets = new Int32Array(d + 1);
  for (let f = 0; f < d; f++) {
    upper.set(all[f], offsets[f]);
    offsets[f + 1] = offsets[f] + all[f].length;
  }
  return { numFeatures: d, upper, offsets };
}

/** Features handled together when moving between row-major values and feature-major columns. */
const BLOCK = 32;

/** The bin of value v among `upper[lo … hi)` (ascending, last = +∞): the first bound ≥ v. */
function binOf(upper: Float64Array, lo: number, hi: number, v: number): number {
  let a = lo;
  let b = hi - 1;
  while (a < b) {
    const m = (a + b) >>> 1;
    if (v <= upper[m]) b = m;
    else a = m + 1;
  }
  return a - lo;
}

/**
 * Bins of every value of `x` (n × d, row-major), feature-major: `bins[f * n + i]` is the bin of
 * row i's feature f. Feature-major keeps one feature's column contiguous, which is what building
 * a histogram reads.
 */
export function applyBins(mapper: BinMapper, x: Float32Array, n: number): Uint8Array {
  const d = mapper.numFeatures;
  const bins = new Uint8Array(d * n);
  const { upper, offsets } = mapper;
  // Row by row through a block of features: reads stay contiguous, writes go to BLOCK columns.
  for (let f0 = 0; f0 < d; f0 += BLOCK) {
    const f1 = Math.min(d, f0 + BLOCK);
    for (let i = 0; i < n; i++) {
      const off = i * d;
      for (let f = f0; f < f1; f++) {
        const lo = offsets[f];
        const hi = offsets[f + 1];
        if (hi - lo > 1) bins[f * n + i] = binOf(upper, lo, hi, x[off + f]); // one bin: stays 0
      }
    }
  }
  return bins;
}

/**
 * `k` distinct indices of 0 … n − 1 in ascending order, each subset equally likely (selection
 * sampling, Knuth's algorithm S): one pass, no sort.
 */
export function sampleSorted(
  n: number,
  k: number,
  rng: Rng,
  out: Int32Array = new Int32Array(k),
): Int32Array {
  let chosen = 0;
  for (let i = 0; i < n && chosen < k; i++) {
    if ((n - i) * rng.next() < k - chosen) out[chosen++] = i;
  }
  return out;
}
