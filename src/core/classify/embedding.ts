/**
 * The embedding matrix an `Embedding(weights=[matrix])` layer starts from: one row per tokenizer
 * index, copied from a word-vector set where the word has a vector.
 *
 * Shapes: the result is `vocabSize × dim` float32, row-major; row i belongs to tokenizer index i.
 * Row 0 (padding) is all zeros, always: masking relies on it and a frozen layer keeps it. The OOV
 * row (index 1, when the tokenizer has an OOV token) is zeros by default, so an unknown word adds
 * nothing with frozen vectors; `oovRow: 'random'` treats it like a missing word instead.
 */
import { UserError } from '../errors';
import type { Rng } from '../rng';
import type { Tokenizer } from './tokenizer';

/** The part of a `VectorSet` this needs: `data` is `words.length × dim`, row-major. */
export interface WordVectors {
  words: readonly string[];
  dim: number;
  data: Float32Array;
}

export interface EmbeddingOptions {
  /** Rows of words without a vector: uniform in ±`scale` from `rng` (Keras's default), or zeros. */
  missing?: 'random' | 'zeros';
  /** The OOV row: zeros (default) or like a missing word. */
  oovRow?: 'zeros' | 'random';
  /** Half-width of the uniform initialiser (default 0.05, Keras `RandomUniform`). */
  scale?: number;
  /** Required when any row is random. Rows are drawn in index order, `dim` draws each. */
  rng?: Rng;
  /** How many of the most frequent missing words to report (default 20). */
  topMissing?: number;
}

export interface CoverageReport {
  /** Word rows (vocabSize minus padding and OOV). */
  words: number;
  /** Word rows found in the vector set (exactly or in lowercase). */
  found: number;
  /** Of those, found only through their lowercase form. */
  foundLowercase: number;
  /** found / words, in [0, 1]. */
  share: number;
  /** Share of the fitted token occurrences whose word has a vector, in [0, 1]. */
  tokenShare: number;
  /** The most frequent words without a vector, most frequent first. */
  topMissing: { word: string; count: number }[];
}

export interface EmbeddingMatrix {
  /** vocabSize × dim, row-major. */
  matrix: Float32Array;
  vocabSize: number;
  dim: number;
  coverage: CoverageReport;
}

function fillUniform(out: Float32Array, from: number, dim: number, rng: Rng, scale: number): void {
  for (let j = 0; j < dim; j++) out[from + j] = (rng.next() * 2 - 1) * scale;
}

/**
 * Builds the matrix for `tokenizer` (its `vocabSize` rows) from `vectors`. Lookup tries the word as
 * it is, then its lowercase form. Throws a UserError when no word has a vector: training would then
 * only learn from noise, almost certainly a vector set for another language or casing.
 */
export function buildEmbeddingMatrix(
  vectors: WordVectors,
  tokenizer: Tokenizer,
  options: EmbeddingOptions = {},
): EmbeddingMatrix {
  const dim = vectors.dim;
  const vocabSize = tokenizer.vocabSize;
  const missing = options.missing ?? 'random';
  const oovRow = options.oovRow ?? 'zeros';
  const scale = options.scale ?? 0.05;
  const rng = options.rng;
  if ((missing === 'random' || oovRow === 'random') && !rng) {
    throw new Error('buildEmbeddingMatrix: random rows need an rng');
  }
  const rowOf = new Map<string, number>();
  for (let i = 0; i < vectors.words.length; i++)
    if (!rowOf.has(vectors.words[i])) rowOf.set(vectors.words[i], i);

  const matrix = new Float32Array(vocabSize * dim);
  if (tokenizer.oovIndex === 1 && oovRow === 'random' && vocabSize > 1)
    fillUniform(matrix, dim, dim, rng!, scale);
  const first = tokenizer.firstWordIndex;
  let found = 0;
  let foundLowercase = 0;
  let tokens = 0;
  let tokensFound = 0;
  const missed: { word: string; count: number }[] = [];
  for (let i = first; i < vocabSize; i++) {
    const word = tokenizer.wordAt(i)!;
    const count = tokenizer.countAt(i);
    tokens += count;
    let r = rowOf.get(word);
    if (r === undefined) {
      const lower = word.toLowerCase();
      if (lower !== word) {
        r = rowOf.get(lower);
        if (r !== undefined) foundLowercase++;
      }
    }
    if (r !== undefined) {
      matrix.set(vectors.data.subarray(r * dim, (r + 1) * dim), i * dim);
      found++;
      tokensFound += count;
    } else {
      if (missing === 'random') fillUniform(matrix, i * dim, dim, rng!, scale);
      missed.push({ word, count });
    }
  }
  const words = Math.max(0, vocabSize - first);
  if (words > 0 && found === 0) {
    throw new UserError(
      'no-coverage',
      `None of the ${words.toLocaleString('en-US')} words in the vocabulary has a vector in this vector set; use vectors trained on this kind of text, or random embeddings.`,
      { words: words.toLocaleString('en-US') },
    );
  }
  // Tokenizer indices are already by descending count (ties first seen), so the first misses are the most frequent.
  const topMissing = missed.slice(0, options.topMissing ?? 20);
  return {
    matrix,
    vocabSize,
    dim,
    coverage: {
      words,
      found,
      foundLowercase,
      share: words === 0 ? 0 : found / words,
      tokenShare: tokens === 0 ? 0 : tokensFound / tokens,
      topMissing,
    },
  };
}

/**
 * A random matrix, `vocabSize × dim`: row 0 zeros, every other row uniform in ±`scale` (Keras's
 * default initialiser), drawn in row order from `rng`.
 */
export function randomEmbedding(vocabSize: number, dim: number, rng: Rng, scale = 0.05): Float32Array {
  const out = new Float32Array(vocabSize * dim);
  for (let i = 1; i < vocabSize; i++) fillUniform(out, i * dim, dim, rng, scale);
  return out;
}
