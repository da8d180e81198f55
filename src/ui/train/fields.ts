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
import type { MessageKey } from '../i18n/messages';
import type { TokenizerChoice } from '../TokenizerFields';

export interface NumberField {
  key: keyof W2VOptions;
  /** Catalogue keys of the field's name and its one help sentence (catalog/train.ts). */
  label: MessageKey;
  flag: string;
  min: number;
  max: number;
  step: number;
  help: MessageKey;
  advanced?: boolean;
}

export const NUMBER_FIELDS: NumberField[] = [
  {
    key: 'size',
    label: 'train.field.size',
    flag: '-size',
    min: 1,
    max: 1000,
    step: 1,
    help: 'train.field.size.help',
  },
  {
    key: 'window',
    label: 'train.field.window',
    flag: '-window',
    min: 1,
    max: 50,
    step: 1,
    help: 'train.field.window.help',
  },
  {
    key: 'negative',
    label: 'train.field.negative',
    flag: '-negative',
    min: 0,
    max: 50,
    step: 1,
    help: 'train.field.negative.help',
  },
  {
    key: 'iter',
    label: 'train.field.iter',
    flag: '-iter',
    min: 1,
    max: 100,
    step: 1,
    help: 'train.field.iter.help',
  },
  {
    key: 'minCount',
    label: 'train.field.minCount',
    flag: '-min-count',
    min: 1,
    max: 1000,
    step: 1,
    help: 'train.field.minCount.help',
  },
  {
    key: 'sample',
    label: 'train.field.sample',
    flag: '-sample',
    min: 0,
    max: 1,
    step: 0.0001,
    help: 'train.field.sample.help',
  },
  {
    key: 'alpha',
    label: 'train.field.alpha',
    flag: '-alpha',
    min: 0.0001,
    max: 1,
    step: 0.001,
    help: 'train.field.alpha.help',
  },
  {
    key: 'seed',
    label: 'train.field.seed',
    flag: '-seed',
    min: 0,
    max: 4294967295,
    step: 1,
    help: 'train.field.seed.help',
  },
  {
    key: 'maxVocab',
    label: 'train.field.maxVocab',
    flag: '',
    min: 0,
    max: 10_000_000,
    step: 1,
    help: 'train.field.maxVocab.help',
    advanced: true,
  },
  {
    key: 'power',
    label: 'train.field.power',
    flag: '',
    min: 0,
    max: 2,
    step: 0.05,
    help: 'train.field.power.help',
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
