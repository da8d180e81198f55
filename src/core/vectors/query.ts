/**
 * Questions asked of a vector set: neighbours, analogies, similarity, odd one out, semantic axes,
 * spelling suggestions for unknown words. Built once per set (in a worker): the constructor makes
 * a unit-length copy of every row so each query is one pass of dot products with a top-k heap.
 *
 * Cosines are dot products of float32 unit rows accumulated in float64.
 */
import { UserError } from '../errors.ts';
import { SpellingIndex } from './spelling.ts';
import { TopK } from './topk.ts';
import { normalizeRows, type VectorSet, wordIndex } from './types.ts';

export interface Neighbour {
  word: string;
  index: number;
  /** Cosine similarity, 3CosAdd / 3CosMul score, or Euclidean distance (see the method). */
  score: number;
}

export interface SearchOptions {
  /** How many results. Default 10. */
  k?: number;
  /** Only look at the first `restrict` rows (the most frequent words). Default: all. */
  restrict?: number;
  /** Row indices never returned (the query words are always excluded). */
  exclude?: readonly number[];
}

/** A word, a row index, or (for `nearest`) a raw vector of `dim` floats. */
export type WordRef = string | number;

/** One side of a semantic axis: a word, or several words whose unit vectors are averaged. */
export type AxisEnd = string | readonly string[];

export class VectorSpace {
  readonly set: VectorSet;
  readonly n: number;
  readonly dim: number;
  /** `n × dim` unit-length rows (zero rows stay zero). */
  readonly unit: Float32Array;
  private readonly index: Map<string, number>;
  private sqNorms?: Float64Array;
  private spelling?: SpellingIndex;

  constructor(set: VectorSet) {
    this.set = set;
    this.dim = set.dim;
    this.n = set.words.length;
    this.unit = normalizeRows(set.data, set.dim);
    this.index = wordIndex(set.words);
  }

  /** Row of `word`, or -1. */
  indexOf(word: string): number {
    return this.index.get(word) ?? -1;
  }

  has(word: string): boolean {
    return this.index.has(word);
  }

  /** Row of a word or index; an unknown word throws a UserError that suggests close spellings. */
  resolve(ref: WordRef): number {
    if (typeof ref === 'number') {
      if (!Number.isInteger(ref) || ref < 0 || ref >= this.n) throw new RangeError(`row ${ref} out of range`);
      return ref;
    }
    const i = this.index.get(ref);
    if (i !== undefined) return i;
    const close = this.suggest(ref);
    if (close.length === 0) {
      throw new UserError(
        'oov-no-suggestion',
        `“${ref}” is not in the vocabulary, and no word in it is spelt similarly.`,
        { word: ref },
      );
    }
    const suggestions = close.map((w) => `“${w}”`).join(', ');
    throw new UserError('oov', `“${ref}” is not in the vocabulary. Did you mean ${suggestions}?`, {
      word: ref,
      suggestions,
    });
  }

  /** Closest spellings in the vocabulary (see SpellingIndex). */
  suggest(word: string, max = 5): string[] {
    if (!this.spelling) this.spelling = new SpellingIndex(this.set.words);
    return this.spelling.suggest(word, { max });
  }

  /** Cosine similarity of two words, in [-1, 1]. */
  similarity(a: WordRef, b: WordRef): number {
    return this.dotUnit(this.resolve(a), this.unit, this.resolve(b) * this.dim);
  }

  /**
   * Nearest neighbours of a word (excluded from the answer) or of a raw vector.
   * 'cosine' (default): score = cosine similarity, highest first.
   * 'euclidean': score = Euclidean distance between the raw (not normalised) vectors, lowest first.
   */
  nearest(
    query: WordRef | Float32Array,
    opts: SearchOptions & { metric?: 'cosine' | 'euclidean' } = {},
  ): Neighbour[] {
    const exclude = [...(opts.exclude ?? [])];
    let q: Float64Array;
    if (query instanceof Float32Array) {
      if (query.length !== this.dim)
        throw new RangeError(`query has ${query.length} values, expected ${this.dim}`);
      q = Float64Array.from(query);
    } else {
      const i = this.resolve(query);
      exclude.push(i);
      q = Float64Array.from(this.set.data.subarray(i * this.dim, (i + 1) * this.dim));
    }
    if (opts.metric === 'euclidean') return this.nearestEuclidean(q, exclude, opts);
    normalize(q);
    return this.scan(q, exclude, opts);
  }

  /**
   * a : b :: c : ?  The three input words are excluded from the answers.
   * '3CosAdd' (default): score = cos(x, b) − cos(x, a) + cos(x, c), ranked as
   *   gensim's most_similar(positive=[b, c], negative=[a]).
   * '3CosMul' (Levy & Goldberg 2014): score = cos'(x, b)·cos'(x, c) / (cos'(x, a) + 1e-3) with
   *   cos' = (cos + 1) / 2 in [0, 1], as gensim's most_similar_cosmul.
   */
  analogy(
    a: WordRef,
    b: WordRef,
    c: WordRef,
    opts: SearchOptions & { method?: '3CosAdd' | '3CosMul' } = {},
  ): Neighbour[] {
    const ia = this.resolve(a);
    const ib = this.resolve(b);
    const ic = this.resolve(c);
    const exclude = [...(opts.exclude ?? []), ia, ib, ic];
    const d = this.dim;
    const u = this.unit;
    if (opts.method === '3CosMul') return this.cosMul(ia, ib, ic, exclude, opts);
    const q = new Float64Array(d);
    for (let j = 0; j < d; j++) q[j] = u[ib * d + j] - u[ia * d + j] + u[ic * d + j];
    return this.scan(q, exclude, opts);
  }

  /**
   * The word that fits least (gensim's doesnt_match): the one whose unit vector has the lowest
   * cosine with the normalised mean of all the words' unit vectors. Needs at least 3 words.
   */
  oddOneOut(words: readonly WordRef[]): { word: string; index: number; similarities: number[] } {
    if (words.length < 3)
      throw new UserError('too-few-words', 'Give at least three words to find the odd one out.');
    const rows = words.map((w) => this.resolve(w));
    const d = this.dim;
    const mean = new Float64Array(d);
    for (const r of rows) for (let j = 0; j < d; j++) mean[j] += this.unit[r * d + j];
    normalize(mean);
    const sims = rows.map((r) => this.dotUnit(r, mean, 0));
    let worst = 0;
    for (let i = 1; i < sims.length; i++) if (sims[i] < sims[worst]) worst = i;
    return { word: this.set.words[rows[worst]], index: rows[worst], similarities: sims };
  }

  /**
   * Places words on two semantic axes. The x axis is the direction from `x[0]` to `x[1]` (for
   * example "man" → "woman"): unit(b) − unit(a), each end being one word's unit vector or the mean
   * of several; likewise y.
   * Coordinates, `rows.length × 2` row-major (x, y):
   *   'cosine' (default): cos(w, axis), in [-1, 1], independent of vector lengths;
   *   'projection': raw(w) · axis / |axis|, the scalar projection in the units of the raw vectors.
   * `rows` defaults to every row.
   */
  semanticAxes(
    x: readonly [AxisEnd, AxisEnd],
    y: readonly [AxisEnd, AxisEnd],
    opts: { mode?: 'cosine' | 'projection'; rows?: ArrayLike<number> } = {},
  ): Float32Array {
    const ax = this.axis(x);
    const ay = this.axis(y);
    const d = this.dim;
    const src = opts.mode === 'projection' ? this.set.data : this.unit;
    const m = opts.rows ? opts.rows.length : this.n;
    const out = new Float32Array(m * 2);
    for (let i = 0; i < m; i++) {
      const r = opts.rows ? opts.rows[i] : i;
      const off = r * d;
      let sx = 0;
      let sy = 0;
      for (let j = 0; j < d; j++) {
        const v = src[off + j];
        sx += v * ax[j];
        sy += v * ay[j];
      }
      out[2 * i] = sx;
      out[2 * i + 1] = sy;
    }
    return out;
  }

  /** Unit direction of one axis. */
  private axis(pair: readonly [AxisEnd, AxisEnd]): Float64Array {
    const d = this.dim;
    const v = new Float64Array(d);
    const add = (end: AxisEnd, sign: number) => {
      const list = typeof end === 'string' ? [end] : end;
      if (list.length === 0)
        throw new UserError('empty-axis-end', 'Each end of an axis needs at least one word.');
      for (const w of list) {
        const r = this.resolve(w);
        for (let j = 0; j < d; j++) v[j] += (sign * this.unit[r * d + j]) / list.length;
      }
    };
    add(pair[0], -1);
    add(pair[1], 1);
    if (normalize(v) === 0) {
      throw new UserError(
        'axis-same-direction',
        `The two ends of the axis (${String(pair[0])}, ${String(pair[1])}) are the same direction.`,
        { from: String(pair[0]), to: String(pair[1]) },
      );
    }
    return v;
  }

  /** Cosine top-k against the unit rows for a unit (or any) query. */
  private scan(q: Float64Array, exclude: readonly number[], opts: SearchOptions): Neighbour[] {
    const k = opts.k ?? 10;
    const n = Math.min(this.n, opts.restrict ?? this.n);
    const d = this.dim;
    const u = this.unit;
    // Room for the excluded rows so that filtering them afterwards still leaves k.
    const top = new TopK(k + exclude.length);
    let thr = top.threshold;
    for (let r = 0, off = 0; r < n; r++, off += d) {
      let s = 0;
      for (let j = 0; j < d; j++) s += u[off + j] * q[j];
      if (s > thr) {
        top.push(s, r);
        thr = top.threshold;
      }
    }
    return this.collect(top, exclude, k, 1);
  }

  private cosMul(
    ia: number,
    ib: number,
    ic: number,
    exclude: readonly number[],
    opts: SearchOptions,
  ): Neighbour[] {
    const k = opts.k ?? 10;
    const n = Math.min(this.n, opts.restrict ?? this.n);
    const d = this.dim;
    const u = this.unit;
    const oa = ia * d;
    const ob = ib * d;
    const oc = ic * d;
    const top = new TopK(k + exclude.length);
    let thr = top.threshold;
    for (let r = 0, off = 0; r < n; r++, off += d) {
      let sa = 0;
      let sb = 0;
      let sc = 0;
      for (let j = 0; j < d; j++) {
        const v = u[off + j];
        sa += v * u[oa + j];
        sb += v * u[ob + j];
        sc += v * u[oc + j];
      }
      const s = (((sb + 1) / 2) * ((sc + 1) / 2)) / ((sa + 1) / 2 + 1e-3);
      if (s > thr) {
        top.push(s, r);
        thr = top.threshold;
      }
    }
    return this.collect(top, exclude, k, 1);
  }

  private nearestEuclidean(q: Float64Array, exclude: readonly number[], opts: SearchOptions): Neighbour[] {
    const k = opts.k ?? 10;
    const n = Math.min(this.n, opts.restrict ?? this.n);
    const d = this.dim;
    const x = this.set.data;
    const norms = this.squaredNorms();
    let qq = 0;
    for (let j = 0; j < d; j++) qq += q[j] * q[j];
    // |x − q|² = |x|² − 2x·q + |q|²; the heap keeps the largest −|x − q|².
    const top = new TopK(k + exclude.length);
    let thr = top.threshold;
    for (let r = 0, off = 0; r < n; r++, off += d) {
      let s = 0;
      for (let j = 0; j < d; j++) s += x[off + j] * q[j];
      const neg = -(norms[r] - 2 * s + qq);
      if (neg > thr) {
        top.push(neg, r);
        thr = top.threshold;
      }
    }
    return this.collect(top, exclude, k, -1);
  }

  private squaredNorms(): Float64Array {
    if (!this.sqNorms) {
      const d = this.dim;
      const x = this.set.data;
      const out = new Float64Array(this.n);
      for (let r = 0; r < this.n; r++) {
        let s = 0;
        for (let j = 0; j < d; j++) s += x[r * d + j] * x[r * d + j];
        out[r] = s;
      }
      this.sqNorms = out;
    }
    return this.sqNorms;
  }

  /** Best-first results without excluded rows; sign −1 turns −|x − q|² back into a distance. */
  private collect(top: TopK, exclude: readonly number[], k: number, sign: 1 | -1): Neighbour[] {
    const { ids, scores } = top.sorted();
    const out: Neighbour[] = [];
    for (let i = 0; i < ids.length && out.length < k; i++) {
      if (exclude.includes(ids[i])) continue;
      const score = sign === 1 ? scores[i] : Math.sqrt(Math.max(0, -scores[i]));
      out.push({ word: this.set.words[ids[i]], index: ids[i], score });
    }
    return out;
  }

  private dotUnit(r: number, v: Float32Array | Float64Array, off: number): number {
    const d = this.dim;
    const u = this.unit;
    let s = 0;
    for (let j = 0; j < d; j++) s += u[r * d + j] * v[off + j];
    return s;
  }
}

/** Scales `v` to unit length in place; returns the old length (0 leaves it unchanged). */
function normalize(v: Float64Array): number {
  let s = 0;
  for (let j = 0; j < v.length; j++) s += v[j] * v[j];
  const len = Math.sqrt(s);
  if (len > 0) for (let j = 0; j < v.length; j++) v[j] /= len;
  return len;
}
