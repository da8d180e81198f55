/**
 * A tokenizer with the semantics of Keras's `keras.preprocessing.text.Tokenizer`, working on token
 * lists that `clean.ts` already made (Keras's own filters and lowercasing are replaced by cleaning).
 *
 * Indices: 0 is padding and never a word. With an OOV token, index 1 is that token and words start
 * at 2; without one, words start at 1. Words are indexed by descending count over the fitted texts,
 * ties in the order first seen (Keras sorts its insertion-ordered counts with a stable sort).
 * `numWords` caps what sequences contain, exactly as in Keras: only indices below `numWords` are
 * kept, so `numWords` counts padding and OOV too (numWords = 1000 with an OOV token keeps 998
 * words); a rarer word becomes the OOV index, or is left out when there is no OOV token. The index
 * itself keeps every word, as Keras's `word_index` does.
 * One departure: a word spelled like the OOV token is treated as out of vocabulary instead of
 * getting a second index (Keras would silently renumber it).
 */
import { UserError } from '../errors';

export interface TokenizerOptions {
  /** Keep only indices below this in sequences (Keras `num_words`); null or absent keeps all. */
  numWords?: number | null;
  /** The OOV token (Keras `oov_token`, e.g. '<OOV>'); null or absent drops unknown words. */
  oovToken?: string | null;
}

/** The stored form, written beside a saved model so predictions use the same indices. */
export interface TokenizerJSON {
  format: 'embedding-playground/tokenizer';
  version: 1;
  numWords: number | null;
  oovToken: string | null;
  /** Words by index, starting at the first word index (1 without OOV, 2 with). */
  words: string[];
  /** `counts[k]` is how often `words[k]` occurred in the fitted texts. */
  counts: number[];
}

/** One input token and what the tokenizer made of it (for showing a prediction's input). */
export interface ExplainedToken {
  token: string;
  /** Its index in sequences; the OOV index (1) for unknown words, -1 when it is left out. */
  index: number;
  oov: boolean;
}

export class Tokenizer {
  readonly numWords: number | null;
  readonly oovToken: string | null;
  /** Counts in first-seen order until `fit` sorts them into the index. */
  private counts = new Map<string, number>();
  private index = new Map<string, number>();
  /** `words[i]` is the word of index i; `words[0]` is '' (padding), `words[1]` the OOV token if any. */
  private words: string[] = [''];
  private wordCounts: number[] = [0];

  constructor(options: TokenizerOptions = {}) {
    const n = options.numWords ?? null;
    if (n !== null && (!Number.isInteger(n) || n < 2)) {
      throw new UserError('bad-num-words', 'The vocabulary size must be a whole number of at least 2.');
    }
    this.numWords = n;
    this.oovToken = options.oovToken ?? null;
    if (this.oovToken !== null) {
      this.words.push(this.oovToken);
      this.wordCounts.push(0);
    }
  }

  /** 1 when there is an OOV token, else 0 (meaning none: 0 is padding). */
  get oovIndex(): number {
    return this.oovToken === null ? 0 : 1;
  }

  /** First index that is a word: 2 with an OOV token, else 1. */
  get firstWordIndex(): number {
    return this.oovToken === null ? 1 : 2;
  }

  /** Distinct words fitted (Keras `len(word_index)` minus the OOV token). */
  get wordCount(): number {
    return this.words.length - this.firstWordIndex;
  }

  /**
   * Rows the embedding needs: every index that can appear in a sequence, padding included, i.e.
   * min(numWords, last index + 1). Keras code usually passes `num_words` as `input_dim`; the
   * minimum avoids rows no sequence can reach when the vocabulary is smaller than the cap.
   */
  get vocabSize(): number {
    const all = this.words.length;
    return this.numWords === null ? all : Math.min(this.numWords, all);
  }

  /** Counts tokens and rebuilds the index. Calling it again adds to the counts (as Keras does). */
  fitOnTexts(tokenLists: readonly (readonly string[])[]): void {
    const counts = this.counts;
    const oov = this.oovToken;
    for (const tokens of tokenLists) {
      for (const t of tokens) {
        if (t === oov) continue;
        counts.set(t, (counts.get(t) ?? 0) + 1);
      }
    }
    // Array.prototype.sort is stable: equal counts keep first-seen order, as in Keras.
    const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    this.rebuild(
      sorted.map((e) => e[0]),
      sorted.map((e) => e[1]),
    );
  }

  private rebuild(words: string[], counts: number[]): void {
    const first = this.firstWordIndex;
    this.words = this.words.slice(0, first).concat(words);
    this.wordCounts = this.wordCounts.slice(0, first).concat(counts);
    this.index = new Map();
    for (let i = first; i < this.words.length; i++) this.index.set(this.words[i], i);
  }

  /** The index of a word in the full index (ignoring `numWords`), or undefined. */
  indexOf(word: string): number | undefined {
    return word === this.oovToken && this.oovToken !== null ? 1 : this.index.get(word);
  }

  /** The word of an index ('' for padding), or undefined past the end. */
  wordAt(index: number): string | undefined {
    return this.words[index];
  }

  /** How often the word of `index` occurred in the fitted texts (0 for padding and OOV). */
  countAt(index: number): number {
    return this.wordCounts[index] ?? 0;
  }

  /** Keras `word_index` as a map (every fitted word, and the OOV token at 1). */
  wordIndex(): Map<string, number> {
    const m = new Map<string, number>();
    for (let i = 1; i < this.words.length; i++) m.set(this.words[i], i);
    return m;
  }

  /** What index `token` gets in a sequence: a word index, the OOV index, or -1 (left out). */
  private lookup(token: string): number {
    const i = this.index.get(token);
    if (i !== undefined && (this.numWords === null || i < this.numWords)) return i;
    return this.oovToken === null ? -1 : 1;
  }

  /** One token list → indices (Keras `texts_to_sequences` for one text). */
  textToSequence(tokens: readonly string[]): Int32Array {
    const out = new Int32Array(tokens.length);
    let n = 0;
    for (let k = 0; k < tokens.length; k++) {
      const i = this.lookup(tokens[k]);
      if (i >= 0) out[n++] = i;
    }
    return n === out.length ? out : out.slice(0, n);
  }

  /** Token lists → index sequences, one Int32Array per text, unpadded. */
  textsToSequences(tokenLists: readonly (readonly string[])[]): Int32Array[] {
    const out = new Array<Int32Array>(tokenLists.length);
    for (let t = 0; t < tokenLists.length; t++) out[t] = this.textToSequence(tokenLists[t]);
    return out;
  }

  /**
   * A sequence back to words for display: padding (0) is skipped, the OOV index shows as the OOV
   * token, and an index outside the vocabulary as '?'.
   */
  sequenceToTokens(sequence: ArrayLike<number>): string[] {
    const out: string[] = [];
    for (let k = 0; k < sequence.length; k++) {
      const i = sequence[k];
      if (i === 0) continue;
      out.push(i > 0 && i < this.vocabSize ? this.words[i] : '?');
    }
    return out;
  }

  /** Each input token with the index it becomes and whether it is out of vocabulary. */
  explain(tokens: readonly string[]): ExplainedToken[] {
    return tokens.map((token) => {
      const index = this.lookup(token);
      // Out of vocabulary: mapped to the OOV index, or left out when there is no OOV token.
      return { token, index, oov: index < 0 || (index === 1 && this.oovToken !== null) };
    });
  }

  toJSON(): TokenizerJSON {
    const first = this.firstWordIndex;
    return {
      format: 'embedding-playground/tokenizer',
      version: 1,
      numWords: this.numWords,
      oovToken: this.oovToken,
      words: this.words.slice(first),
      counts: this.wordCounts.slice(first),
    };
  }

  /** Restores a tokenizer saved with `toJSON`; a file that is not one is a UserError. */
  static fromJSON(json: unknown): Tokenizer {
    const j = json as Partial<TokenizerJSON> | null;
    if (
      j === null ||
      typeof j !== 'object' ||
      j.format !== 'embedding-playground/tokenizer' ||
      j.version !== 1 ||
      !Array.isArray(j.words) ||
      !Array.isArray(j.counts) ||
      j.words.length !== j.counts.length
    ) {
      throw new UserError(
        'bad-tokenizer',
        'The saved tokenizer is missing or damaged; train the model again.',
      );
    }
    const t = new Tokenizer({ numWords: j.numWords ?? null, oovToken: j.oovToken ?? null });
    t.counts = new Map(j.words.map((w, k) => [w, j.counts![k]]));
    t.rebuild(j.words.slice(), j.counts.slice());
    return t;
  }
}
