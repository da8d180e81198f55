/**
 * A set of word vectors as every module in `src/core/vectors` exchanges it.
 *
 * Shapes: `data` holds `words.length × dim` float32 values, row-major: row `i` (the vector of
 * `words[i]`) is `data.subarray(i * dim, (i + 1) * dim)`. `data.length` is exactly
 * `words.length * dim`, so `data.buffer` can be transferred to a worker as it is (when
 * `data.byteOffset` is 0 and the buffer holds nothing else, which the readers guarantee).
 * Row order is meaningful: files store words by descending frequency, and "the N most frequent
 * words" means the first N rows. `counts[i]`, when present, is the corpus count of `words[i]`.
 */
export interface VectorSet {
  words: string[];
  dim: number;
  data: Float32Array;
  counts?: Uint32Array | number[];
}

/** word → row index. The first row wins when a word occurs twice. */
export function wordIndex(words: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (let i = 0; i < words.length; i++) {
    if (!map.has(words[i])) map.set(words[i], i);
  }
  return map;
}

/** Row `i` as a view (no copy), `dim` floats. */
export function row(set: VectorSet, i: number): Float32Array {
  return set.data.subarray(i * set.dim, (i + 1) * set.dim);
}

/**
 * Unit-length copy of every row (`n × dim`, row-major). A zero row stays zero, so its cosine with
 * anything is 0 rather than NaN. Norms are accumulated in float64.
 */
export function normalizeRows(data: Float32Array, dim: number): Float32Array {
  const n = dim === 0 ? 0 : data.length / dim;
  const out = new Float32Array(data.length);
  for (let r = 0; r < n; r++) {
    const off = r * dim;
    let s = 0;
    for (let j = 0; j < dim; j++) {
      const v = data[off + j];
      s += v * v;
    }
    if (s === 0) continue;
    const inv = 1 / Math.sqrt(s);
    for (let j = 0; j < dim; j++) out[off + j] = data[off + j] * inv;
  }
  return out;
}

/** Checks the shape invariant; throws a plain Error (a bug, not a user mistake) when broken. */
export function assertVectorSet(set: VectorSet): void {
  if (!Number.isInteger(set.dim) || set.dim < 0)
    throw new Error(`VectorSet.dim must be a natural number, got ${set.dim}`);
  if (set.data.length !== set.words.length * set.dim) {
    throw new Error(
      `VectorSet.data has ${set.data.length} floats, expected ${set.words.length} × ${set.dim}`,
    );
  }
  if (set.counts && set.counts.length !== set.words.length) {
    throw new Error(`VectorSet.counts has ${set.counts.length} entries, expected ${set.words.length}`);
  }
}
