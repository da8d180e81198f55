/**
 * The classic baseline text vector: the mean of the word vectors of a text's words. Word order is
 * lost, but on topic-like labels (spam/ham, party) it is a strong and cheap feature set.
 */
import type { DatasetOptions, PreparedDataset } from '../classify/dataset';
import { createCleaner } from '../text/clean';
import { type VectorSet, wordIndex } from '../vectors/types';
import { labelledDataKey } from './dataKey';
import type { FeatureSet } from './types';

export interface MeanVectors {
  /** texts × dim float32, row-major; a text with no known word is all zeros. */
  x: Float32Array;
  /** Texts in which no word has a vector. */
  textsWithoutVectors: number;
  /** Words found in the vectors / all words, over all texts. */
  tokenCoverage: number;
}

/** Mean vector of each token list (sums in float64); tokens without a vector are skipped. */
export function meanWordVectors(tokens: readonly (readonly string[])[], set: VectorSet): MeanVectors {
  const dim = set.dim;
  const index = wordIndex(set.words);
  const x = new Float32Array(tokens.length * dim);
  const sum = new Float64Array(dim);
  let without = 0;
  let found = 0;
  let total = 0;
  for (let t = 0; t < tokens.length; t++) {
    sum.fill(0);
    let k = 0;
    for (const w of tokens[t]) {
      const r = index.get(w);
      if (r === undefined) continue;
      const off = r * dim;
      for (let j = 0; j < dim; j++) sum[j] += set.data[off + j];
      k++;
    }
    total += tokens[t].length;
    found += k;
    if (k === 0) {
      without++;
      continue;
    }
    for (let j = 0; j < dim; j++) x[t * dim + j] = sum[j] / k;
  }
  return { x, textsWithoutVectors: without, tokenCoverage: total === 0 ? 0 : found / total };
}

/**
 * The prepared labelled data (as the Classify tab prepared it) as a feature set of mean word
 * vectors: the same validated texts in the same order, cleaned by the same cleaner, with the
 * same class indices, split fractions and seed, so its split equals the LSTM classifier's.
 */
export async function meanVectorFeatureSet(
  data: PreparedDataset,
  options: Pick<DatasetOptions, 'split' | 'seed'>,
  vectors: VectorSet,
  vectorsName: string,
): Promise<{ set: FeatureSet; textsWithoutVectors: number; tokenCoverage: number }> {
  const cleaner = await createCleaner(data.clean);
  const tokens = data.records.map((r) => cleaner.tokens(r.text));
  const y = new Int32Array(data.records.length);
  for (const part of [data.train, data.validation, data.test]) {
    for (let i = 0; i < part.n; i++) y[part.rows[i]] = part.y[i];
  }
  const mean = meanWordVectors(tokens, vectors);
  return {
    set: {
      name: `mean word vectors (${vectorsName})`,
      labels: data.classes.slice(),
      y,
      x: mean.x,
      d: vectors.dim,
      dataKey: labelledDataKey(data.records, options.split, options.seed),
      split: { ...options.split },
      seed: options.seed,
    },
    textsWithoutVectors: mean.textsWithoutVectors,
    tokenCoverage: mean.tokenCoverage,
  };
}
