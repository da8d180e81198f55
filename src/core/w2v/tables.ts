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
