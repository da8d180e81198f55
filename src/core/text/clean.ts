/**
 * Text cleaning for the classifier: one raw text (a review, an e-mail, a speech) → its word tokens.
 * Runs in the classifier worker, so nothing here touches the DOM (`htmlparser2` does the HTML).
 *
 * The steps, each a toggle, always run in this order:
 *   1. stripHtml   tags removed, <script>/<style> contents dropped, entities decoded (&amp; → &),
 *                  block-level tags (<p>, <br>, <div>, <li>, <td> …) become spaces so that words on
 *                  either side do not merge; inline tags (<b>, <a>, <span> …) vanish.
 *   2. lowercase   locale-independent (`String.prototype.toLowerCase`).
 *   3. split       a word is a run of Unicode letters and combining marks (`lettersOnly`), or of
 *                  letters, marks and digits (`lettersOnly` off); everything else separates words
 *                  and is dropped. `keepApostrophes` keeps an apostrophe between two word characters
 *                  ("don't"), with the typographic ’ written as '.
 *                  With a `tokenizer` spec that needs a segmenter (Japanese, Chinese, Thai, or
 *                  kuromoji), the segmenter splits instead; `lettersOnly` then drops tokens without
 *                  a letter, and `minLength` spares tokens in those scripts (one kanji is a word).
 *   4. stopwords   removed by their lowercase form ('negation-safe' keeps not/no/never/n't …).
 *   5. minLength   words shorter than `minLength` UTF-16 code units are removed (1 keeps all).
 *   6. lemmatize   dictionary form (lazy-loaded module, see `loadLemmatizer`).
 *   7. stem        Porter stem.
 * Stopwords go before lemmatizing and stemming because the lists hold surface forms ("was", not
 * "be"); the length filter goes before them too, so "is" is judged as "is", not as "be".
 * Lemmatizing and stemming work on lowercase forms: with `lowercase` off, their output is lowercase.
 */
import { Parser } from 'htmlparser2';
import type { Phrase } from '../errors';
import { CachedStemmer } from './stem';
import { type StopwordChoice, stopwordSet } from './stopwords';
import { JAPANESE_STOPWORDS } from './stopwords-ja';
import type { Tokenizer } from './tokenize';
import { createTokenizer, resolveKind, type TokenizerSpec } from './tokenizerSpec';

export interface CleanOptions {
  stripHtml: boolean;
  lowercase: boolean;
  lettersOnly: boolean;
  keepApostrophes: boolean;
  /** Shortest word kept, in UTF-16 code units (letters, for most scripts). */
  minLength: number;
  stopwords: StopwordChoice;
  lemmatize: boolean;
  stem: boolean;
  /**
   * How words are split; absent or resolving to 'space' = the regular expression of step 3 (the
   * English behaviour). Saved with a model so that prediction splits typed text the same way.
   */
  tokenizer?: TokenizerSpec;
}

/** Defaults for sentiment and spam: everything on except the two that change words into stems. */
export const DEFAULT_CLEAN_OPTIONS: Readonly<CleanOptions> = {
  stripHtml: true,
  lowercase: true,
  lettersOnly: true,
  keepApostrophes: true,
  minLength: 2,
  stopwords: 'negation-safe',
  lemmatize: false,
  stem: false,
};

/** word → lemma, for lowercase words. */
export type Lemmatize = (word: string) => string;

/** Loads the lemmatizer chunk (WordNet tables, ~3 MB) on first use; later calls reuse it. */
let lemmatizerPromise: Promise<Lemmatize> | undefined;
export function loadLemmatizer(): Promise<Lemmatize> {
  lemmatizerPromise ??= import('./lemmatize').then((m) => m.createLemmatizer());
  return lemmatizerPromise;
}

// Tags after which text continues on a new line or in a new box: a space keeps words apart.
const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'body',
  'head',
  'title',
  'img',
  'input',
  'li',
  'main',
  'nav',
  'ol',
  'option',
  'p',
  'pre',
  'section',
  'select',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/**
 * Removes HTML from text with one reusable parser. Plain text without '<' or '&' is returned
 * unchanged without parsing (most of a mail corpus), which keeps cleaning fast.
 */
export class HtmlStripper {
  private parts: string[] = [];
  private skipDepth = 0;
  private readonly parser: Parser;

  constructor() {
    this.parser = new Parser(
      {
        onopentag: (name) => {
          if (name === 'script' || name === 'style') this.skipDepth++;
          else if (BLOCK_TAGS.has(name)) this.parts.push(' ');
        },
        onclosetag: (name) => {
          if (name === 'script' || name === 'style') this.skipDepth = Math.max(0, this.skipDepth - 1);
          else if (BLOCK_TAGS.has(name)) this.parts.push(' ');
        },
        ontext: (text) => {
          if (this.skipDepth === 0) this.parts.push(text);
        },
      },
      { decodeEntities: true },
    );
  }

  strip(html: string): string {
    if (html.indexOf('<') === -1 && html.indexOf('&') === -1) return html;
    this.parts = [];
    this.skipDepth = 0;
    this.parser.parseComplete(html);
    const out = this.parts.join('');
    this.parts = [];
    return out;
  }
}

/** One-off HTML stripping (see `HtmlStripper`; reuse one of those in loops). */
export function stripHtml(html: string): string {
  return new HtmlStripper().strip(html);
}

/** Why the preview shows a word as removed. */
export type DropReason = 'stopword' | 'too-short';

/** One word of a preview: as split (step 3), and what became of it. */
export interface PreviewWord {
  word: string;
  /** The token it became (after lemmatizing/stemming), or null when removed. */
  token: string | null;
  dropped?: DropReason;
}

export interface CleanPreview {
  /** The text after HTML stripping (step 1), before lowercasing. */
  text: string;
  /** Every split word in text order, kept or not. */
  words: PreviewWord[];
  /** The final tokens: `words` with the dropped ones left out. */
  tokens: string[];
}

/**
 * Cleans texts with fixed options. Build one per run and call `tokens` per text: the HTML parser,
 * the regular expression and the stem/lemma caches are made once.
 */
export class Cleaner {
  readonly options: Readonly<CleanOptions>;
  private readonly html = new HtmlStripper();
  private readonly pattern: RegExp;
  private readonly stops: ReadonlySet<string>;
  private readonly stemmer = new CachedStemmer();
  private readonly lemmatizer: Lemmatize | undefined;
  private readonly segmenter: Tokenizer | undefined;
  /** Why the tokenizer asked for is not the one used (a dictionary that failed to load), or null. */
  notice: Phrase | null = null;

  /**
   * `lemmatizer` is required when `options.lemmatize` is on (get it from `loadLemmatizer`, or use
   * `createCleaner`, which does); `segmenter` splits words instead of the regular expression
   * (`createCleaner` builds it from `options.tokenizer`).
   */
  constructor(options: Partial<CleanOptions> = {}, lemmatizer?: Lemmatize, segmenter?: Tokenizer) {
    const o = { ...DEFAULT_CLEAN_OPTIONS, ...options };
    if (o.lemmatize && !lemmatizer) throw new Error('Cleaner: lemmatize is on but no lemmatizer was given');
    this.options = o;
    this.lemmatizer = lemmatizer;
    this.segmenter = segmenter;
    const chars = o.lettersOnly ? '\\p{L}\\p{M}' : '\\p{L}\\p{M}\\p{N}';
    const word = `[${chars}]+`;
    this.pattern = new RegExp(o.keepApostrophes ? `${word}(?:['\\u2019]${word})*` : word, 'gu');
    const stops = stopwordSet(o.stopwords);
    this.stops = o.tokenizer?.japaneseStopwords ? new Set([...stops, ...JAPANESE_STOPWORDS]) : stops;
  }

  /** The tokens of one text, steps 1–7. */
  tokens(text: string): string[] {
    const out: string[] = [];
    this.run(text, out, null);
    return out;
  }

  /** Steps 1–7 for one text, keeping every intermediate the preview shows. */
  preview(text: string): CleanPreview {
    const tokens: string[] = [];
    const words: PreviewWord[] = [];
    const stripped = this.run(text, tokens, words);
    return { text: stripped, words, tokens };
  }

  private run(text: string, out: string[], words: PreviewWord[] | null): string {
    const o = this.options;
    const stripped = o.stripHtml ? this.html.strip(text) : text;
    const source = o.lowercase ? stripped.toLowerCase() : stripped;
    if (this.segmenter) {
      this.segment(source, out, words);
      return stripped;
    }
    const pattern = this.pattern;
    const stops = this.stops;
    const checkStops = stops.size > 0;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(source); m !== null; m = pattern.exec(source)) {
      let w = m[0];
      if (o.keepApostrophes && w.indexOf('\u2019') !== -1) w = w.replaceAll('\u2019', "'");
      const lower = o.lowercase ? w : w.toLowerCase();
      let dropped: DropReason | undefined;
      if (checkStops && stops.has(lower)) dropped = 'stopword';
      else if (w.length < o.minLength) dropped = 'too-short';
      let token: string | null = null;
      if (dropped === undefined) {
        token = w;
        if (this.lemmatizer) token = this.lemmatizer(lower);
        if (o.stem) token = this.stemmer.stem(this.lemmatizer ? token : lower);
        out.push(token);
      }
      if (words) words.push(dropped ? { word: w, token, dropped } : { word: w, token });
    }
    return stripped;
  }

  /** Steps 3–7 with the segmenter splitting: the same filters, adapted to unspaced scripts. */
  private segment(source: string, out: string[], words: PreviewWord[] | null): void {
    const o = this.options;
    const stops = this.stops;
    const segmented: string[] = [];
    (this.segmenter as Tokenizer).tokenize(source, { token: (w) => segmented.push(w), lineEnd: () => {} });
    for (const w of segmented) {
      if (o.lettersOnly && !HAS_LETTER.test(w)) continue;
      const lower = o.lowercase ? w : w.toLowerCase();
      let dropped: DropReason | undefined;
      if (stops.has(lower)) dropped = 'stopword';
      else if (w.length < o.minLength && !UNSPACED_SCRIPT.test(w)) dropped = 'too-short';
      let token: string | null = null;
      if (dropped === undefined) {
        token = w;
        // Lemmatizer and stemmer are English: they leave other scripts alone.
        if (this.lemmatizer && !UNSPACED_SCRIPT.test(w)) token = this.lemmatizer(lower);
        if (o.stem && !UNSPACED_SCRIPT.test(w)) token = this.stemmer.stem(this.lemmatizer ? token : lower);
        out.push(token);
      }
      if (words) words.push(dropped ? { word: w, token, dropped } : { word: w, token });
    }
  }
}

const HAS_LETTER = /\p{L}/u;
/** Han, kana, Hangul and Thai: scripts where one or two characters make a whole word. */
const UNSPACED_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

/** A cleaner for `options`, loading the lemmatizer first when lemmatizing is on. */
export async function createCleaner(options: Partial<CleanOptions> = {}): Promise<Cleaner> {
  const o = { ...DEFAULT_CLEAN_OPTIONS, ...options };
  const lemmatizer = o.lemmatize ? await loadLemmatizer() : undefined;
  if (!o.tokenizer || resolveKind(o.tokenizer) === 'space') return new Cleaner(o, lemmatizer);
  // The cleaner lowercases and removes stopwords itself, so the preview can show what it dropped.
  const built = await createTokenizer({ ...o.tokenizer, lowercase: false }, { withStopwords: false });
  const cleaner = new Cleaner(o, lemmatizer, built.tokenizer);
  cleaner.notice = built.notice;
  return cleaner;
}

/** Tokens of every text, in order: `result[i]` are the tokens of `texts[i]`. */
export function cleanTexts(texts: readonly string[], cleaner: Cleaner): string[][] {
  const out = new Array<string[]>(texts.length);
  for (let i = 0; i < texts.length; i++) out[i] = cleaner.tokens(texts[i]);
  return out;
}

/** The preview of one text: its stripped form, each word's fate and the final tokens. */
export async function previewClean(text: string, options: Partial<CleanOptions> = {}): Promise<CleanPreview> {
  return (await createCleaner(options)).preview(text);
}
