import { type MessageParams, UserError } from '../errors.ts';

/**
 * word2vec hyperparameters under the C tool's names, with its defaults (word2vec.c, 2013).
 * Every field is optional on input; `resolveOptions` fills defaults and validates.
 */
export interface W2VOptions {
  /** -size: vector dimensions. Default 100. */
  size: number;
  /** -window: maximum context distance; each position uses a random window 1..window. Default 5. */
  window: number;
  /** -sample: subsampling threshold for frequent words; 0 turns subsampling off. Default 1e-3. */
  sample: number;
  /** -hs: hierarchical softmax over the Huffman tree (0/1 or boolean). Default 0. */
  hs: boolean | number;
  /** -negative: negative samples per prediction; 0 turns negative sampling off. Default 5. */
  negative: number;
  /** -iter: passes over the corpus (epochs). Default 5. */
  iter: number;
  /** -min-count: words seen fewer times are dropped from the vocabulary. Default 5. */
  minCount: number;
  /** -alpha: starting learning rate. Default 0.025 for skip-gram and 0.05 for CBOW, as the C tool. */
  alpha: number;
  /** -cbow: 1 = CBOW, 0 = skip-gram. Default 1: the C tool's default is CBOW. */
  cbow: boolean | number;
  /**
   * The one seed behind every random choice. The input init stream starts at `seed` and worker k's
   * training stream at `seed - 1 + k` (mod 2^64): with the default 1 these are exactly the C tool's
   * streams (its InitNet starts at 1 and thread k at k). Integer in [0, 2^32). Default 1.
   */
  seed: number;
  /**
   * Slots of the negative-sampling table, as the C tool's table_size (default 1e8, its value).
   * The table is stored as one run per word (tables.ts `UnigramIndex`), so its size costs neither
   * memory nor speed; it only sets how finely probabilities are quantised. Must be ≥ the
   * vocabulary size.
   */
  tableSize: number;
  /** Exponent applied to counts in the negative-sampling distribution. Default 0.75. */
  power: number;
  /** Keep at most this many words (most frequent first, `</s>` not counted); 0 = no limit. */
  maxVocab: number;
  /** Compute the training loss (about 10–20% of the time). Default true. */
  loss: boolean;
}

/** Options after defaults and validation: hs and cbow as booleans, alpha filled in. */
export interface W2VConfig extends Omit<W2VOptions, 'hs' | 'cbow'> {
  hs: boolean;
  cbow: boolean;
}

export const DEFAULT_OPTIONS: Readonly<Omit<W2VOptions, 'alpha'>> = {
  size: 100,
  window: 5,
  sample: 1e-3,
  hs: 0,
  negative: 5,
  iter: 5,
  minCount: 5,
  cbow: 1,
  seed: 1,
  tableSize: 1e8,
  power: 0.75,
  maxVocab: 0,
  loss: true,
};

/** The C tool's starting learning rates. */
export const DEFAULT_ALPHA_SKIPGRAM = 0.025;
export const DEFAULT_ALPHA_CBOW = 0.05;

function fail(code: string, message: string, params?: MessageParams): never {
  throw new UserError(code, message, params);
}

/** `code` is the setting's own ('invalid-size' …): each sentence names its setting. */
function checkInt(code: string, value: unknown, min: number, max: number, hint: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail(
      code,
      `${hint} must be a whole number from ${min} to ${max.toLocaleString('en-US')} (got ${String(value)}).`,
      { min, max: max.toLocaleString('en-US'), value: String(value) },
    );
  }
  return value;
}

function checkFlag(code: string, value: unknown, hint: string): boolean {
  if (value === true || value === 1) return true;
  if (value === false || value === 0) return false;
  fail(code, `${hint} must be 0 or 1 (got ${String(value)}).`, { value: String(value) });
}

/**
 * Fills defaults and checks every field, throwing a UserError with one sentence naming the
 * field, the allowed range and the value given. Call it before reading the corpus so that absurd
 * settings fail before any work starts.
 */
export function resolveOptions(input: Partial<W2VOptions> = {}): W2VConfig {
  const o = { ...DEFAULT_OPTIONS, ...stripUndefined(input) };
  const size = checkInt('invalid-size', o.size, 1, 4096, 'The vector size (-size)');
  const window = checkInt('invalid-window', o.window, 1, 1000, 'The window (-window)');
  const negative = checkInt(
    'invalid-negative',
    o.negative,
    0,
    1000,
    'The number of negative samples (-negative)',
  );
  const iter = checkInt('invalid-iter', o.iter, 1, 100_000, 'The number of epochs (-iter)');
  const minCount = checkInt(
    'invalid-min-count',
    o.minCount,
    1,
    2 ** 31 - 1,
    'The minimum count (-min-count)',
  );
  const seed = checkInt('invalid-seed', o.seed, 0, 2 ** 32 - 1, 'The seed (-seed)');
  const tableSize = checkInt('invalid-table-size', o.tableSize, 1, 2 ** 30, 'The unigram table size');
  const maxVocab = checkInt('invalid-max-vocab', o.maxVocab, 0, 2 ** 31 - 1, 'The maximum vocabulary');
  const hs = checkFlag('invalid-hs', o.hs, 'Hierarchical softmax (-hs)');
  const cbow = checkFlag('invalid-cbow', o.cbow, 'The architecture switch (-cbow)');
  if (typeof o.sample !== 'number' || !Number.isFinite(o.sample) || o.sample < 0 || o.sample > 1) {
    fail(
      'invalid-sample',
      `The subsampling threshold (-sample) must be between 0 and 1 (got ${String(o.sample)}).`,
      { value: String(o.sample) },
    );
  }
  if (typeof o.power !== 'number' || !Number.isFinite(o.power) || o.power < 0 || o.power > 10) {
    fail('invalid-power', `The unigram power must be between 0 and 10 (got ${String(o.power)}).`, {
      value: String(o.power),
    });
  }
  const alpha = input.alpha ?? (cbow ? DEFAULT_ALPHA_CBOW : DEFAULT_ALPHA_SKIPGRAM);
  if (typeof alpha !== 'number' || !Number.isFinite(alpha) || alpha <= 0 || alpha > 10) {
    fail(
      'invalid-alpha',
      `The learning rate (-alpha) must be above 0 and at most 10 (got ${String(alpha)}).`,
      { value: String(alpha) },
    );
  }
  if (!hs && negative === 0) {
    fail(
      'no-objective',
      'Negative sampling and hierarchical softmax are both off, so nothing would be trained: set -negative above 0 or -hs 1.',
    );
  }
  return {
    size,
    window,
    sample: o.sample,
    hs,
    negative,
    iter,
    minCount,
    alpha,
    cbow,
    seed,
    tableSize,
    power: o.power,
    maxVocab,
    loss: o.loss !== false,
  };
}

function stripUndefined<T extends object>(input: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(input) as (keyof T)[]) {
    if (input[key] !== undefined) out[key] = input[key];
  }
  return out;
}
