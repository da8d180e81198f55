/**
 * The C tool's lookup tables and schedules, reproduced with its float32 (`real`) arithmetic:
 * every intermediate the C code stores in a float is rounded here with Math.fround, so values
 * match the C tool's bit for bit where its maths is deterministic.
 */

/** EXP_TABLE_SIZE in word2vec.c. */
export const EXP_TABLE_SIZE = 1000;
/** MAX_EXP: the sigmoid table covers f in [-6, 6]. */
export const MAX_EXP = 6;
/**
 * The index scale the C tool really uses: `(int)((f + MAX_EXP) * (EXP_TABLE_SIZE / MAX_EXP / 2))`
 * divides integers, 1000 / 6 / 2 = 83 (not 83.33), so only entries 0..996 are ever read and entry
 * i is read for f ≈ i/83 − 6. Kept as is: this is the recipe whose results people know.
 */
export const EXP_INDEX_SCALE = Math.trunc(Math.trunc(EXP_TABLE_SIZE / MAX_EXP) / 2);
/** MAX_SENTENCE_LENGTH: sentences are cut after this many kept (post-subsampling) words. */
export const MAX_SENTENCE_LENGTH = 1000;
/** The C tool refreshes alpha once more than this many words were read since the last refresh. */
export const ALPHA_REFRESH_WORDS = 10000;

const f = Math.fround;

/**
 * σ(x) sampled at x_i = (i / 1000 · 2 − 1) · 6, i = 0..999, float32 — the C tool's expTable:
 * `expTable[i] = exp((i / (real)EXP_TABLE_SIZE * 2 - 1) * MAX_EXP); expTable[i] /= expTable[i] + 1`.
 */
export function buildExpTable(): Float32Array {
  const table = new Float32Array(EXP_TABLE_SIZE);
  for (let i = 0; i < EXP_TABLE_SIZE; i++) {
    const x = f(f(f(f(i / EXP_TABLE_SIZE) * 2) - 1) * MAX_EXP);
    const e = f(Math.exp(x));
    table[i] = f(e / f(e + 1));
  }
  return table;
}

/** The table index the C tool reads for a dot product f with −6 < f < 6 (float32 maths). */
export function expIndex(dot: number): number {
  return Math.trunc(f(f(dot + MAX_EXP) * EXP_INDEX_SCALE));
}

/**
 * The negative-sampling table of InitUnigramTable: word i fills a share of the `tableSize` slots
 * proportional to count_i^power. Mirrors the C loop exactly (double arithmetic), including its
 * quirk that the slot where the running share is crossed still goes to the previous word, so every
 * word gets at least one slot when the table is larger than the vocabulary. Index 0 (`</s>`)
 * gets slots too; the trainer redraws a sample that lands on it, as the C tool does.
 */
export function buildUnigramTable(counts: ArrayLike<number>, tableSize: number, power: number): Int32Array {
  const vocabSize = counts.length;
  const table = new Int32Array(tableSize);
  let total = 0;
  for (let a = 0; a < vocabSize; a++) total += counts[a] ** power;
  let i = 0;
  let d1 = counts[0] ** power / total;
  for (let a = 0; a < tableSize; a++) {
    table[a] = i;
    if (a / tableSize > d1) {
      i++;
      d1 += (i < vocabSize ? counts[i] ** power : 0) / total;
    }
    if (i >= vocabSize) i = vocabSize - 1;
  }
  return table;
}

/**
 * The same table, stored as what it is: word w fills the contiguous slots
 * [starts[w], starts[w + 1]) (words are laid out in index order; a word the loop never reaches has
 * an empty run at the end). A draw of slot j is the largest w with starts[w] ≤ j, found through
 * `coarse`: coarse[k] is the word at slot k << shift, so slot j's word lies between coarse[j >> shift]
 * and coarse[(j >> shift) + 1] — usually the same word, else a short binary search.
 *
 * Why: the 10⁸-int table of the C tool is 400 MB and every draw misses cache (even 10⁶ entries,
 * 4 MB, cost a third of skip-gram's time here). This form is (V + 1 + 16,385) ints whatever the
 * table size, returns exactly the slot's word of InitUnigramTable, and is built in O(V).
 */
export interface UnigramIndex {
  tableSize: number;
  /** V + 1 entries; starts[V] = tableSize. */
  starts: Int32Array;
  /** blocks + 1 entries, blocks = ((tableSize − 1) >> shift) + 1; the last is the word at slot T − 1. */
  coarse: Int32Array;
  shift: number;
}

/** Target number of coarse blocks: 2^14 ints (64 KiB) stay in a core's L2 cache. */
const COARSE_BLOCKS_LOG2 = 14;

export function buildUnigramIndex(counts: ArrayLike<number>, tableSize: number, power: number): UnigramIndex {
  const vocabSize = counts.length;
  let total = 0;
  for (let a = 0; a < vocabSize; a++) total += counts[a] ** power;
  const starts = new Int32Array(vocabSize + 1).fill(tableSize);
  // Replays InitUnigramTable one run at a time: word i holds slots from `a` up to and including
  // the first slot a' ≥ a with a' / T > d1 (the running share); then i advances once.
  let i = 0;
  let d1 = counts[0] ** power / total;
  let a = 0;
  starts[0] = 0;
  while (a < tableSize && i < vocabSize - 1) {
    let end = Math.max(a, Math.floor(d1 * tableSize));
    while (end / tableSize <= d1) end++;
    while (end - 1 >= a && (end - 1) / tableSize > d1) end--;
    if (end >= tableSize) break;
    i++;
    d1 += counts[i] ** power / total;
    a = end + 1;
    starts[i] = Math.min(a, tableSize);
  }
  starts[vocabSize] = tableSize;
  const shift = Math.max(0, Math.ceil(Math.log2(tableSize)) - COARSE_BLOCKS_LOG2);
  const blocks = ((tableSize - 1) >> shift) + 1;
  const coarse = new Int32Array(blocks + 1);
  const index: UnigramIndex = { tableSize, starts, coarse, shift };
  for (let k = 0; k < blocks; k++) coarse[k] = searchRuns(starts, 0, vocabSize - 1, k << shift);
  coarse[blocks] = searchRuns(starts, 0, vocabSize - 1, tableSize - 1);
  return index;
}

/** Largest w in [lo, hi] with starts[w] ≤ j (starts is non-decreasing and starts[lo] ≤ j). */
function searchRuns(starts: Int32Array, lo: number, hi: number, j: number): number {
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= j) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The word in slot j of the unigram table (0 ≤ j < tableSize); the kernel does the same. */
export function unigramLookup(index: UnigramIndex, j: number): number {
  const k = j >> index.shift;
  const lo = index.coarse[k];
  const hi = index.coarse[k + 1];
  return lo === hi ? lo : searchRuns(index.starts, lo, hi, j);
}

/**
 * Subsampling keep probabilities, one float32 per word:
 * `ran = (sqrt(cn / (sample·train_words)) + 1) · (sample·train_words) / cn`; the C tool drops an
 * occurrence when `ran < (next_random & 0xFFFF) / 65536`. Values ≥ 1 mean always kept.
 * Computed once per word instead of once per token (same value, same float rounding).
 */
export function keepProbabilities(
  counts: ArrayLike<number>,
  trainWords: number,
  sample: number,
): Float32Array {
  const out = new Float32Array(counts.length);
  const st = f(f(sample) * f(trainWords));
  for (let w = 0; w < counts.length; w++) {
    const cn = counts[w];
    if (cn === 0) {
      out[w] = 1;
      continue;
    }
    const ratio = f(f(cn) / st);
    out[w] = f(((Math.sqrt(ratio) + 1) * st) / cn);
  }
  return out;
}

/**
 * Learning rate after `wordsDone` of `totalWords` (= iter · train_words) words, float32 as the C
 * tool: `alpha = starting_alpha * (1 - word_count_actual / (real)(iter * train_words + 1))`, floored
 * at `starting_alpha · 1e-4`. Linear decay over all epochs.
 */
export function alphaAt(startAlpha: number, wordsDone: number, totalWords: number): number {
  const start = f(startAlpha);
  const alpha = f(start * f(1 - f(f(wordsDone) / f(totalWords + 1))));
  const floor = start * 0.0001;
  return alpha < floor ? f(floor) : alpha;
}

/** `-log σ(x)` in float64 without overflow: log(1 + e^(−x)). */
export function softplusNeg(x: number): number {
  return x > 0 ? Math.log1p(Math.exp(-x)) : -x + Math.log1p(Math.exp(x));
}

/**
 * The loss term −log σ(x) is needed for every dot product (six per skip-gram pair); exp and log1p
 * there cost a third of the training time. So |x| < 16 is served by cubic Hermite interpolation
 * between knots every 1/32, from exact values and slopes: the error is below h⁴/384·max|f⁗| ≈
 * 3·10⁻¹⁰ per term (tested), far below anything a loss curve shows, and unlike the training's
 * sigmoid table nothing is clipped. Beyond ±16 the exact formula is used.
 */
export const LOSS_TABLE_RANGE = 16;
export const LOSS_TABLE_STEPS_PER_UNIT = 32;
export const LOSS_TABLE_KNOTS = 2 * LOSS_TABLE_RANGE * LOSS_TABLE_STEPS_PER_UNIT + 1;

/** Knot i at x = −16 + i/32: [−log σ(x), h · d/dx(−log σ(x))] as float64 pairs (2 × 1025). */
export function buildLossTable(): Float64Array {
  const h = 1 / LOSS_TABLE_STEPS_PER_UNIT;
  const t = new Float64Array(2 * LOSS_TABLE_KNOTS);
  for (let i = 0; i < LOSS_TABLE_KNOTS; i++) {
    const x = -LOSS_TABLE_RANGE + i * h;
    t[2 * i] = softplusNeg(x);
    // d/dx log(1 + e^(−x)) = −σ(−x)
    t[2 * i + 1] = (-h * 1) / (1 + Math.exp(x));
  }
  return t;
}

/**
 * −log σ(x) from `buildLossTable`, the same float64 operations in the same order as the
 * WebAssembly kernel's `lossTerm`, so both engines accumulate identical losses.
 */
export function lossTerm(x: number, table: Float64Array, base = 0): number {
  if (x > -LOSS_TABLE_RANGE && x < LOSS_TABLE_RANGE) {
    const u = (x + LOSS_TABLE_RANGE) * LOSS_TABLE_STEPS_PER_UNIT;
    const i = Math.trunc(u);
    const t = u - i;
    const p = base + 2 * i;
    const t2 = t * t;
    const t3 = t2 * t;
    return (
      (2 * t3 - 3 * t2 + 1) * table[p] +
      (t3 - 2 * t2 + t) * table[p + 1] +
      (3 * t2 - 2 * t3) * table[p + 2] +
      (t3 - t2) * table[p + 3]
    );
  }
  return softplusNeg(x);
}
