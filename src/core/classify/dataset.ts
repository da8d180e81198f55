/**
 * The whole data path of the classifier in one call, in the order the Keras workflows use:
 * validate → seeded stratified split → clean → fit the tokenizer on the TRAINING texts only →
 * texts to sequences → pad/truncate to maxlen (default: a length percentile of the training set).
 * Fitting on training texts only keeps validation/test words the model never saw out of the index,
 * so test accuracy is honest about unseen words.
 */
import { type Phrase, UserError } from '../errors';
import { Rng } from '../rng';
import { type CleanOptions, type CleanPreview, createCleaner } from '../text/clean';
import { detectScript } from '../text/script';
import type { LabelledRecord } from './readers';
import { defaultMaxlen, type LengthStats, lengthStats, padSequences } from './sequences';
import { DEFAULT_SPLIT, type SplitFractions, stratifiedSplit } from './split';
import { Tokenizer } from './tokenizer';
import { validateLabelled } from './validate';

export interface DatasetOptions {
  clean: Partial<CleanOptions>;
  /** Keras `num_words`: keep the most frequent words only; 0 keeps all. */
  numWords: number;
  /** Token ids per sequence; 0 = the `maxlenPercentile` percentile of training lengths. */
  maxlen: number;
  maxlenPercentile: number;
  padding: 'pre' | 'post';
  truncating: 'pre' | 'post';
  split: SplitFractions;
  seed: number;
}

export const DEFAULT_DATASET: DatasetOptions = {
  clean: {},
  numWords: 20_000,
  maxlen: 0,
  maxlenPercentile: 95,
  padding: 'pre',
  truncating: 'pre',
  split: DEFAULT_SPLIT,
  seed: 42,
};

/** Padded sequences and class indices of one part of the split. */
export interface EncodedPart {
  /** n × maxlen token ids, row-major, 0 = padding. */
  x: Int32Array;
  /** n class indices. */
  y: Int32Array;
  n: number;
  /** Indices of these examples in the validated records (to show a test text next to its prediction). */
  rows: Int32Array;
}

export interface PreparedDataset {
  classes: string[];
  /** Examples per class over all parts. */
  counts: number[];
  warnings: Phrase[];
  tokenizer: Tokenizer;
  maxlen: number;
  /** Rows of the embedding matrix: tokenizer indices in use, padding and OOV included. */
  vocabSize: number;
  train: EncodedPart;
  validation: EncodedPart;
  test: EncodedPart;
  /** Token counts of the cleaned training texts, before padding. */
  lengths: LengthStats;
  /** Share of training texts longer than maxlen (cut by truncation). */
  truncatedShare: number;
  /** The first training text, raw and cleaned, for the preview. */
  preview: CleanPreview;
  /** The validated records (texts as given) for showing examples. */
  records: LabelledRecord[];
  /** The cleaning options as applied, the tokenizer's language filled in: what prediction must reuse. */
  clean: Partial<CleanOptions>;
  /** Why the tokenizer asked for was replaced (kuromoji's dictionary failed to load), or null. */
  notice: Phrase | null;
}

/**
 * The cleaning options with the tokenizer's language taken from the texts themselves (labelled
 * data need not be in the corpus's language). Without a tokenizer spec nothing changes.
 */
function withDataLanguage(
  clean: Partial<CleanOptions>,
  records: readonly LabelledRecord[],
): Partial<CleanOptions> {
  if (!clean.tokenizer) return clean;
  const sample = records
    .slice(0, 2000)
    .map((r) => r.text.slice(0, 2000))
    .join('\n');
  return { ...clean, tokenizer: { ...clean.tokenizer, language: detectScript(sample).language } };
}

/** Keeps `<OOV>` out of real words: no cleaning step produces angle brackets. */
export const OOV_TOKEN = '<OOV>';

export async function prepareDataset(
  input: readonly LabelledRecord[],
  options: DatasetOptions,
  title = 'The data',
): Promise<PreparedDataset> {
  const valid = validateLabelled(input, { split: options.split, title });
  const split = stratifiedSplit(valid.labels, valid.classes.length, options.split, new Rng(options.seed));
  const clean = withDataLanguage(options.clean, valid.records);
  const cleaner = await createCleaner(clean);
  const tokens = valid.records.map((r) => cleaner.tokens(r.text));
  const trainTokens = Array.from(split.train, (i) => tokens[i]);
  if (trainTokens.every((t) => t.length === 0)) {
    throw new UserError(
      'empty-after-cleaning',
      `${title}: cleaning left no words in any training text. Turn off some cleaning steps (stopwords, minimum length, letters only).`,
      { title },
    );
  }
  const tokenizer = new Tokenizer({
    numWords: options.numWords > 0 ? options.numWords : null,
    oovToken: OOV_TOKEN,
  });
  tokenizer.fitOnTexts(trainTokens);
  const trainLengths = trainTokens.map((t) => t.length);
  const maxlen =
    options.maxlen > 0 ? options.maxlen : Math.max(1, defaultMaxlen(trainLengths, options.maxlenPercentile));
  const encode = (rows: Int32Array): EncodedPart => {
    const seqs = tokenizer.textsToSequences(Array.from(rows, (i) => tokens[i]));
    const x = padSequences(seqs, { maxlen, padding: options.padding, truncating: options.truncating });
    const y = Int32Array.from(rows, (i) => valid.labels[i]);
    return { x, y, n: rows.length, rows };
  };
  let truncated = 0;
  for (const len of trainLengths) if (len > maxlen) truncated++;
  return {
    classes: valid.classes,
    counts: valid.counts,
    warnings: valid.warnings,
    tokenizer,
    maxlen,
    vocabSize: tokenizer.vocabSize,
    train: encode(split.train),
    validation: encode(split.validation),
    test: encode(split.test),
    lengths: lengthStats(trainLengths),
    truncatedShare: truncated / trainLengths.length,
    preview: cleaner.preview(valid.records[split.train[0]].text),
    records: valid.records,
    clean,
    notice: cleaner.notice,
  };
}
