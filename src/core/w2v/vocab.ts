import { UserError } from '../errors.ts';
import { SpaceTokenizer, type Tokenizer, type TokenSink } from '../text/tokenize.ts';

/** The C tool's sentence-boundary token; always index 0 of the vocabulary. */
export const SENTENCE_END = '</s>';

/**
 * A word2vec vocabulary, laid out as the C tool's after SortVocab:
 * index 0 is `</s>` (whatever its count; its count is the number of line ends), then the words
 * that reached min-count by descending count. Ties keep first-occurrence order (the C tool's qsort
 * leaves ties in an unspecified order; a stable order keeps runs reproducible).
 */
export interface Vocab {
  /** index → word; `words[0] === '</s>'`. */
  readonly words: readonly string[];
  /** index → corpus count (float64 so counts never overflow). */
  readonly counts: Float64Array;
  /** word → index. */
  readonly index: ReadonlyMap<string, number>;
  /** Sum of `counts`, `</s>` included: the C tool's train_words, and the corpus length in ids. */
  readonly trainWords: number;
}

/**
 * The training corpus as vocabulary ids: `corpus[i]` is an index into `vocab.words`; 0 (`</s>`)
 * marks each line end. Words below min-count are removed, as the C tool skips them while reading,
 * so `corpus.length === vocab.trainWords`.
 */
export interface CorpusData {
  vocab: Vocab;
  corpus: Int32Array;
}

export interface CorpusOptions {
  /** Word splitter; default `new SpaceTokenizer()` (lowercase, letters/digits/apostrophes). */
  tokenizer?: Tokenizer;
  /** Default 5 (the C tool's -min-count). */
  minCount?: number;
  /** At most this many words besides `</s>`, most frequent first; 0 or absent = no limit. */
  maxVocab?: number;
}

/**
 * Builds vocabulary and id corpus in one tokenizing pass. Feed text in chunks with `push` (a chunk
 * may end mid-line; the partial line waits for the next chunk), then call `finish`.
 *
 * Memory: one provisional id per token (Int32Array, grown by doubling) plus one Map entry per
 * distinct word; the text itself is not retained.
 */
export class CorpusBuilder implements TokenSink {
  private readonly tokenizer: Tokenizer;
  private readonly minCount: number;
  private readonly maxVocab: number;
  private readonly ids = new Map<string, number>([[SENTENCE_END, 0]]);
  private words: string[] = [SENTENCE_END];
  private counts = new Float64Array(1024);
  private tokens = new Int32Array(1 << 16);
  private length = 0;
  private wordTokens = 0;
  private pending = '';
  private finished = false;

  constructor(options: CorpusOptions = {}) {
    this.tokenizer = options.tokenizer ?? new SpaceTokenizer();
    this.minCount = options.minCount ?? 5;
    this.maxVocab = options.maxVocab ?? 0;
  }

  /** Tokens read so far, line ends included. */
  get tokenCount(): number {
    return this.length;
  }

  push(text: string): void {
    if (this.finished) throw new Error('CorpusBuilder.push after finish');
    if (text.includes('\u0000')) {
      throw new UserError(
        'binary-input',
        'This file looks binary (it contains NUL bytes), not text: choose a plain-text file.',
      );
    }
    const cut = text.lastIndexOf('\n');
    if (cut === -1) {
      this.pending += text;
      return;
    }
    const head = this.pending + text.slice(0, cut + 1);
    this.pending = text.slice(cut + 1);
    this.tokenizer.tokenize(head, this);
  }

  /** TokenSink: called by the tokenizer. */
  token(word: string): void {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      // A token is often a slice of the tokenizer's whole line; storing that slice would keep the
      // line (up to a whole speech or chunk) alive for as long as the vocabulary lives.
      const own = detach(word);
      this.ids.set(own, id);
      this.words.push(own);
      if (id >= this.counts.length) {
        const grown = new Float64Array(this.counts.length * 2);
        grown.set(this.counts);
        this.counts = grown;
      }
    }
    this.counts[id]++;
    this.wordTokens++;
    this.append(id);
  }

  /** TokenSink: called by the tokenizer. */
  lineEnd(): void {
    this.counts[0]++;
    this.append(0);
  }

  private append(id: number): void {
    if (this.length === this.tokens.length) {
      const grown = new Int32Array(this.tokens.length * 2);
      grown.set(this.tokens);
      this.tokens = grown;
    }
    this.tokens[this.length++] = id;
  }

  /**
   * Sorts, applies min-count and maxVocab, and rewrites the provisional ids in place.
   * Throws UserError `empty-corpus` (no word at all) or `no-vocabulary` (no word reaches min-count).
   */
  finish(): CorpusData {
    if (this.finished) throw new Error('CorpusBuilder.finish called twice');
    if (this.pending.length > 0) this.tokenizer.tokenize(this.pending, this);
    this.pending = '';
    this.finished = true;
    if (this.wordTokens === 0) {
      throw new UserError('empty-corpus', 'The corpus contains no words, so there is nothing to train on.');
    }
    const n = this.words.length;
    const counts = this.counts;
    // Provisional ids are first-occurrence order, so sorting ids by count with a stable sort gives
    // the documented tie order.
    const order: number[] = [];
    for (let id = 1; id < n; id++) if (counts[id] >= this.minCount) order.push(id);
    order.sort((a, b) => counts[b] - counts[a]);
    if (this.maxVocab > 0 && order.length > this.maxVocab) order.length = this.maxVocab;
    if (order.length === 0) {
      let best = 1;
      for (let id = 2; id < n; id++) if (counts[id] > counts[best]) best = id;
      throw new UserError(
        counts[best] === 1 ? 'no-vocabulary-once' : 'no-vocabulary',
        `No word occurs at least ${this.minCount} times (the most frequent, "${this.words[best]}", occurs ` +
          `${counts[best] === 1 ? 'once' : `${counts[best]} times`}): lower the minimum count or use a longer text.`,
        { minCount: this.minCount, word: this.words[best], count: counts[best] },
      );
    }
    const remap = new Int32Array(n).fill(-1);
    remap[0] = 0;
    const words: string[] = [SENTENCE_END];
    const finalCounts = new Float64Array(order.length + 1);
    finalCounts[0] = counts[0];
    for (let i = 0; i < order.length; i++) {
      remap[order[i]] = i + 1;
      words.push(this.words[order[i]]);
      finalCounts[i + 1] = counts[order[i]];
    }
    let out = 0;
    const tokens = this.tokens;
    for (let i = 0; i < this.length; i++) {
      const id = remap[tokens[i]];
      if (id >= 0) tokens[out++] = id;
    }
    const corpus = tokens.slice(0, out);
    this.tokens = new Int32Array(0);
    this.words = [];
    this.counts = new Float64Array(0);
    return { vocab: makeVocab(words, finalCounts), corpus };
  }
}

/** A copy of `s` that shares no storage with the string it was cut from (V8 sliced strings). */
function detach(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}

/** Builds a Vocab from words (index 0 must be `</s>`) and their counts. */
export function makeVocab(words: readonly string[], counts: Float64Array): Vocab {
  if (words[0] !== SENTENCE_END) throw new Error('vocabulary index 0 must be </s>');
  if (counts.length !== words.length) throw new Error('one count per word expected');
  const index = new Map<string, number>();
  let trainWords = 0;
  for (let i = 0; i < words.length; i++) {
    index.set(words[i], i);
    trainWords += counts[i];
  }
  return { words, counts, index, trainWords };
}

/** One-call form of CorpusBuilder for text already in memory. */
export function buildCorpus(text: string, options: CorpusOptions = {}): CorpusData {
  const builder = new CorpusBuilder(options);
  builder.push(text);
  return builder.finish();
}
