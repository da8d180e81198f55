/**
 * Tokenizers: text → words, with line ends kept as sentence boundaries.
 *
 * The word2vec C tool splits on whitespace and emits its `</s>` token at every '\n', so a line is
 * a sentence and a context window never crosses a line end. Every tokenizer here keeps that
 * contract through `TokenSink.lineEnd()`, so the vocabulary/corpus builder stays the same whatever
 * splits the words (the space-delimited tokenizer below, `Intl.Segmenter` for Japanese, Chinese
 * or Thai, or a dictionary segmenter plugged in later).
 *
 * Tokens are pushed to a sink instead of returned as arrays: a corpus of millions of words then
 * never exists as an array of strings, only as the ids the sink assigns.
 */

/** Receives tokens in text order. */
export interface TokenSink {
  /** One word, already normalised (for example lowercased). Never empty. */
  token(word: string): void;
  /** A '\n' in the input: the C tool's `</s>`. Called once per newline, blank lines included. */
  lineEnd(): void;
}

/** The hook for any word splitter. Implementations must be stateless across calls. */
export interface Tokenizer {
  tokenize(text: string, sink: TokenSink): void;
}

export interface SpaceTokenizerOptions {
  /** Lowercase the text before splitting (default true). Uses the locale-independent mapping. */
  lowercase?: boolean;
  /**
   * The characters that make up a word, as the body of a RegExp character class with the `u` flag
   * (default letters, combining marks and digits of every script: `\p{L}\p{M}\p{N}`).
   */
  wordChars?: string;
  /**
   * Keep apostrophes inside words ("don't", "whale's"; default true). Only an apostrophe between
   * two word characters is kept; leading and trailing ones are quote marks and are dropped.
   * The typographic apostrophe U+2019 is written as the ASCII one so both spellings are one word.
   */
  apostrophes?: boolean;
}

const DEFAULT_WORD_CHARS = '\\p{L}\\p{M}\\p{N}';

/**
 * Tokenizer for space-delimited languages: a word is a maximal run of `wordChars`, optionally
 * joined by single apostrophes. Everything else (spaces, punctuation, dashes, symbols) separates
 * words. "Some years ago—never mind" gives some, years, ago, never, mind.
 */
export class SpaceTokenizer implements Tokenizer {
  private readonly lowercase: boolean;
  private readonly apostrophes: boolean;
  private readonly pattern: RegExp;

  constructor(options: SpaceTokenizerOptions = {}) {
    this.lowercase = options.lowercase ?? true;
    this.apostrophes = options.apostrophes ?? true;
    const chars = options.wordChars ?? DEFAULT_WORD_CHARS;
    const word = `[${chars}]+`;
    // Throws a SyntaxError for a malformed class, at construction rather than mid-corpus.
    this.pattern = new RegExp(this.apostrophes ? `${word}(?:['\\u2019]${word})*` : word, 'gu');
  }

  tokenize(text: string, sink: TokenSink): void {
    const source = this.lowercase ? text.toLowerCase() : text;
    const pattern = this.pattern;
    const fixApostrophes = this.apostrophes;
    let lineStart = 0;
    while (lineStart <= source.length) {
      let lineEnd = source.indexOf('\n', lineStart);
      const hasNewline = lineEnd !== -1;
      if (!hasNewline) lineEnd = source.length;
      // Matching line by line keeps a token from spanning a newline, whatever wordChars says.
      const line = source.slice(lineStart, lineEnd);
      pattern.lastIndex = 0;
      for (let m = pattern.exec(line); m !== null; m = pattern.exec(line)) {
        const tok = m[0];
        sink.token(fixApostrophes && tok.includes('\u2019') ? tok.replaceAll('\u2019', "'") : tok);
      }
      if (!hasNewline) break;
      sink.lineEnd();
      lineStart = lineEnd + 1;
    }
  }
}

/**
 * Word splitting by `Intl.Segmenter` (no dictionary download): for scripts written without spaces.
 * Keeps the segments the segmenter marks as word-like; line ends as in every tokenizer.
 */
export class SegmenterTokenizer implements Tokenizer {
  private readonly segmenter: Intl.Segmenter;
  private readonly lowercase: boolean;

  constructor(locale: string, options: { lowercase?: boolean } = {}) {
    this.segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    this.lowercase = options.lowercase ?? true;
  }

  tokenize(text: string, sink: TokenSink): void {
    const source = this.lowercase ? text.toLowerCase() : text;
    const lines = source.split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (i > 0) sink.lineEnd();
      for (const seg of this.segmenter.segment(lines[i])) {
        if (seg.isWordLike) sink.token(seg.segment);
      }
    }
  }
}

/** Convenience for tests and small inputs: tokens with `boundary` at each line end. */
export function tokenizeToArray(tokenizer: Tokenizer, text: string, boundary = '</s>'): string[] {
  const out: string[] = [];
  tokenizer.tokenize(text, {
    token: (w) => out.push(w),
    lineEnd: () => out.push(boundary),
  });
  return out;
}
