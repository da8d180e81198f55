/**
 * The two distributions word2vec draws from, for the corpus charts: the unigram distribution
 * (raw, and raised to the power that the negative-sampling table uses) and the subsampling keep
 * probability against word frequency. Computed with the engine's own functions
 * (`buildUnigramIndex`, `keepProbabilities`), so the charts show what training does.
 */
import { buildUnigramIndex, keepProbabilities } from './tables.ts';
import type { Vocab } from './vocab.ts';

export interface UnigramRow {
  /** 1 = most frequent word (`</s>` is not ranked). */
  rank: number;
  /** Vocabulary index. */
  id: number;
  count: number;
  /** count / Σ counts of words (`</s>` left out). */
  raw: number;
  /** Probability of being drawn as a negative (see `negativeProbabilities`). */
  negative: number;
  /** Subsampling keep probability, min(1, the C tool's formula); 1 when subsampling is off. */
  keep: number;
}

export interface DistributionCharts {
  /** Words in the vocabulary, `</s>` left out. */
  words: number;
  /** Corpus tokens, `</s>` included (the C tool's train_words: frequencies are count / this). */
  trainWords: number;
  power: number;
  sample: number;
  /** Ranks sampled evenly on a log scale (all of them for a small vocabulary), with their rows. */
  curve: UnigramRow[];
  /** The `top` most frequent words. */
  top: UnigramRow[];
  /** The keep probability over the corpus's range of frequencies (log-spaced counts 1..max). */
  keepCurve: { frequency: number; keep: number }[];
  /** The share of the negative-sampling table held by `</s>` (those draws are redrawn uniformly). */
  sentenceEndShare: number;
  /** Expected share of word tokens that subsampling drops: Σ c·(1 − keep) / Σ c. */
  droppedShare: number;
}

export interface ChartOptions {
  /** The unigram power (0.75). */
  power: number;
  /** The subsampling threshold (-sample); 0 = off. */
  sample: number;
  /** Slots of the negative-sampling table (the C tool's 1e8). */
  tableSize: number;
  /** Rows in `top`. Default 20. */
  top?: number;
  /** Points of the rank curve at most. Default 240. */
  curvePoints?: number;
  /** Points of the keep curve. Default 120. */
  keepPoints?: number;
}

/**
 * P(word w is drawn as a negative), w ≥ 1: the share of table slots the engine's unigram index
 * gives w (count^power, normalised over every word and `</s>`), plus `</s>`'s share spread evenly
 * over the V − 1 words, because a draw landing on `</s>` is redrawn as a random word. Index 0 is 0.
 */
export function negativeProbabilities(
  counts: ArrayLike<number>,
  tableSize: number,
  power: number,
): { probabilities: Float64Array; sentenceEndShare: number } {
  const v = counts.length;
  const { starts } = buildUnigramIndex(counts, tableSize, power);
  const probabilities = new Float64Array(v);
  const sentenceEndShare = (starts[1] - starts[0]) / tableSize;
  const redraw = sentenceEndShare / Math.max(1, v - 1);
  for (let w = 1; w < v; w++) probabilities[w] = (starts[w + 1] - starts[w]) / tableSize + redraw;
  return { probabilities, sentenceEndShare };
}

/** Evenly spaced on a log scale from 1 to n, whole numbers, no repeats, n included. */
export function logSpaced(n: number, points: number): number[] {
  if (n <= points) return Array.from({ length: n }, (_, i) => i + 1);
  const out: number[] = [];
  let last = 0;
  for (let i = 0; i < points; i++) {
    const r = Math.round(Math.exp((Math.log(n) * i) / (points - 1)));
    if (r > last) out.push(r);
    last = Math.max(last, r);
  }
  if (out[out.length - 1] !== n) out.push(n);
  return out;
}

export function distributionCharts(vocab: Vocab, options: ChartOptions): DistributionCharts {
  const counts = vocab.counts;
  const v = counts.length;
  const { power, sample, tableSize } = options;
  const { probabilities: negative, sentenceEndShare } = negativeProbabilities(counts, tableSize, power);
  const keep = sample > 0 ? keepProbabilities(counts, vocab.trainWords, sample) : null;
  const wordTokens = vocab.trainWords - counts[0];
  const row = (id: number): UnigramRow => ({
    rank: id,
    id,
    count: counts[id],
    raw: counts[id] / wordTokens,
    negative: negative[id],
    keep: keep ? Math.min(1, keep[id]) : 1,
  });
  // Words are stored by descending count after `</s>`, so rank r is vocabulary index r.
  const curve = logSpaced(v - 1, options.curvePoints ?? 240).map(row);
  const top = Array.from({ length: Math.min(options.top ?? 20, v - 1) }, (_, i) => row(i + 1));

  const maxCount = v > 1 ? counts[1] : 1;
  const steps = logSpaced(Math.max(1, Math.round(maxCount)), options.keepPoints ?? 120);
  const curveKeep = sample > 0 ? keepProbabilities(steps, vocab.trainWords, sample) : null;
  const keepCurve = steps.map((c, i) => ({
    frequency: c / vocab.trainWords,
    keep: curveKeep ? Math.min(1, curveKeep[i]) : 1,
  }));

  let dropped = 0;
  if (keep) for (let w = 1; w < v; w++) dropped += counts[w] * (1 - Math.min(1, keep[w]));
  return {
    words: v - 1,
    trainWords: vocab.trainWords,
    power,
    sample,
    curve,
    top,
    keepCurve,
    sentenceEndShare,
    droppedShare: wordTokens > 0 ? dropped / wordTokens : 0,
  };
}
