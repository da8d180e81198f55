/**
 * The word2vec settings the Train panel shows: the C tool's flag, its default, the allowed range
 * and one sentence of help each. Values are validated again in the worker (resolveOptions).
 */
import { DEFAULT_TOKENIZER } from '../../core/text/tokenizerSpec';
import {
  DEFAULT_ALPHA_CBOW,
  DEFAULT_ALPHA_SKIPGRAM,
  DEFAULT_OPTIONS,
  type W2VOptions,
} from '../../core/w2v/options';
import type { TokenizerChoice } from '../TokenizerFields';

export interface NumberField {
  key: keyof W2VOptions;
  label: string;
  flag: string;
  min: number;
  max: number;
  step: number;
  help: string;
  advanced?: boolean;
}

export const NUMBER_FIELDS: NumberField[] = [
  {
    key: 'size',
    label: 'Vector size',
    flag: '-size',
    min: 1,
    max: 1000,
    step: 1,
    help: 'Dimensions of each word vector.',
  },
  {
    key: 'window',
    label: 'Window',
    flag: '-window',
    min: 1,
    max: 50,
    step: 1,
    help: 'Largest distance between a word and its context; each position uses a random window from 1 to this.',
  },
  {
    key: 'negative',
    label: 'Negative samples',
    flag: '-negative',
    min: 0,
    max: 50,
    step: 1,
    help: 'Wrong words drawn per prediction from the unigram distribution raised to 0.75; 0 turns negative sampling off.',
  },
  {
    key: 'iter',
    label: 'Epochs',
    flag: '-iter',
    min: 1,
    max: 100,
    step: 1,
    help: 'Passes over the corpus; the learning rate falls linearly over all of them.',
  },
  {
    key: 'minCount',
    label: 'Minimum count',
    flag: '-min-count',
    min: 1,
    max: 1000,
    step: 1,
    help: 'Words seen fewer times are left out of the vocabulary.',
  },
  {
    key: 'sample',
    label: 'Subsampling',
    flag: '-sample',
    min: 0,
    max: 1,
    step: 0.0001,
    help: 'Frequent words above this share of the corpus are randomly skipped; 0 keeps every word.',
  },
  {
    key: 'alpha',
    label: 'Learning rate',
    flag: '-alpha',
    min: 0.0001,
    max: 1,
    step: 0.001,
    help: 'Starting learning rate (0.05 for CBOW, 0.025 for skip-gram in the C tool).',
  },
  {
    key: 'seed',
    label: 'Seed',
    flag: '-seed',
    min: 0,
    max: 4294967295,
    step: 1,
    help: 'Every random choice comes from this number: the same seed and corpus give the same vectors.',
  },
  {
    key: 'maxVocab',
    label: 'Maximum vocabulary',
    flag: '',
    min: 0,
    max: 10_000_000,
    step: 1,
    help: 'Keep only this many most frequent words; 0 means no limit.',
    advanced: true,
  },
  {
    key: 'power',
    label: 'Unigram power',
    flag: '',
    min: 0,
    max: 2,
    step: 0.05,
    help: 'Exponent on word counts in the negative-sampling distribution (0.75 in the paper).',
    advanced: true,
  },
];

export interface TrainSettings {
  options: Partial<W2VOptions> & { cbow: number; hs: number };
  lowercase: boolean;
  tokenizer: TokenizerChoice;
  watch: string;
  /** Workers training together (shared memory); 1 gives bit-for-bit reproducible vectors. */
  workers: number;
}

export function defaultSettings(): TrainSettings {
  const { cbow, hs, ...rest } = DEFAULT_OPTIONS;
  return {
    options: {
      ...rest,
      cbow: Number(cbow),
      hs: Number(hs),
      alpha: cbow ? DEFAULT_ALPHA_CBOW : DEFAULT_ALPHA_SKIPGRAM,
    },
    lowercase: true,
    tokenizer: {
      kind: DEFAULT_TOKENIZER.kind,
      form: DEFAULT_TOKENIZER.form,
      dropPos: [...DEFAULT_TOKENIZER.dropPos],
      japaneseStopwords: DEFAULT_TOKENIZER.japaneseStopwords,
    },
    watch: '',
    // One core is left to the page so that it stays responsive while every other core trains.
    workers:
      typeof navigator === 'undefined'
        ? 1
        : Math.max(1, Math.min(16, (navigator.hardwareConcurrency || 1) - 1)),
  };
}

/** Words to watch by default for the built-in corpora: ones every class knows to look up. */
export const DEFAULT_WATCH: Record<string, string> = {
  'moby-dick': 'whale, sea, captain, boat',
  sotu: 'war, peace, economy, freedom',
  'spam-ham': 'money, free, linux, email',
};

export function parseWatch(text: string): string[] {
  return text
    .split(/[,、，\s]+/)
    .map((w) => w.trim())
    .filter((w) => w.length > 0)
    .slice(0, 8);
}
