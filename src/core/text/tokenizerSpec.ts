/**
 * Which tokenizer to use, as plain data that crosses worker boundaries and is saved with a
 * classifier, and turning it into a `Tokenizer`. The same spec drives word2vec training, the
 * classifier's cleaning and live prediction, so a word means the same thing in all three.
 */
import { type Phrase, phrase } from '../errors';
import { type KuromojiOptions, KuromojiTokenizer, loadKuromoji } from './kuromoji';
import { type CorpusLanguage, needsSegmenter } from './script';
import { JAPANESE_STOPWORD_SET } from './stopwords-ja';
import { SegmenterTokenizer, SpaceTokenizer, type Tokenizer, type TokenSink } from './tokenize';

/**
 * 'auto': spaces for languages written with spaces, `Intl.Segmenter` otherwise;
 * 'space': runs of letters and digits; 'segmenter': `Intl.Segmenter` word segmentation;
 * 'kuromoji': MeCab-compatible morphological analysis with IPADIC (Japanese only).
 */
export type TokenizerKind = 'auto' | 'space' | 'segmenter' | 'kuromoji';

export interface TokenizerSpec extends KuromojiOptions {
  kind: TokenizerKind;
  /** The corpus's language (detected or chosen): picks 'auto' and the segmenter's locale. */
  language: CorpusLanguage;
  /** Drop Japanese stopwords (`stopwords-ja.ts`; negations are kept). */
  japaneseStopwords: boolean;
}

export const DEFAULT_TOKENIZER: Readonly<TokenizerSpec> = {
  kind: 'auto',
  language: 'spaced',
  lowercase: true,
  form: 'surface',
  dropPos: ['助詞', '助動詞', '記号'],
  japaneseStopwords: false,
};

/** What 'auto' becomes for `spec.language`. */
export function resolveKind(spec: Pick<TokenizerSpec, 'kind' | 'language'>): Exclude<TokenizerKind, 'auto'> {
  if (spec.kind !== 'auto') return spec.kind;
  return needsSegmenter(spec.language) ? 'segmenter' : 'space';
}

/** `Intl.Segmenter` locale for a corpus language ('spaced' segments by the root locale's rules). */
export function segmenterLocale(language: CorpusLanguage): string {
  return language === 'spaced' ? 'und' : language;
}

export interface BuiltTokenizer {
  tokenizer: Tokenizer;
  /** The kind actually used ('segmenter' when kuromoji's dictionary could not be loaded). */
  kind: Exclude<TokenizerKind, 'auto'>;
  /** A sentence for the page when the choice could not be honoured, else null. */
  notice: Phrase | null;
}

/**
 * Builds the tokenizer `spec` asks for. kuromoji loads its dictionary on first use; when that
 * fails (offline, blocked, a host without the files) this falls back to `Intl.Segmenter` and says
 * so in `notice` instead of failing the run. `withStopwords` false leaves stopword removal to the
 * caller (the classifier's cleaner shows removed words struck through).
 */
export async function createTokenizer(
  spec: TokenizerSpec,
  { withStopwords = true }: { withStopwords?: boolean } = {},
): Promise<BuiltTokenizer> {
  const wanted = resolveKind(spec);
  let built: BuiltTokenizer;
  if (wanted === 'kuromoji') {
    try {
      const analyzer = await loadKuromoji();
      built = { tokenizer: new KuromojiTokenizer(analyzer, spec), kind: 'kuromoji', notice: null };
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      built = {
        tokenizer: new SegmenterTokenizer('ja', { lowercase: spec.lowercase }),
        kind: 'segmenter',
        notice: phrase(
          'kuromoji-fallback',
          `The Japanese dictionary for kuromoji could not be loaded (${why}), so words were split with the browser’s Intl.Segmenter instead.`,
          { detail: why },
        ),
      };
    }
  } else if (wanted === 'segmenter') {
    built = {
      tokenizer: new SegmenterTokenizer(segmenterLocale(spec.language), { lowercase: spec.lowercase }),
      kind: 'segmenter',
      notice: null,
    };
  } else {
    built = { tokenizer: new SpaceTokenizer({ lowercase: spec.lowercase }), kind: 'space', notice: null };
  }
  if (withStopwords && spec.japaneseStopwords) {
    built = { ...built, tokenizer: new FilteredTokenizer(built.tokenizer, JAPANESE_STOPWORD_SET) };
  }
  return built;
}

/** Passes every token of `inner` except those in `drop`. */
export class FilteredTokenizer implements Tokenizer {
  constructor(
    private readonly inner: Tokenizer,
    private readonly drop: ReadonlySet<string>,
  ) {}

  tokenize(text: string, sink: TokenSink): void {
    const drop = this.drop;
    this.inner.tokenize(text, {
      token: (w) => {
        if (!drop.has(w)) sink.token(w);
      },
      lineEnd: () => sink.lineEnd(),
    });
  }
}

/** One line describing a spec, for the page. */
export function describeTokenizer(spec: TokenizerSpec, kind = resolveKind(spec)): Phrase {
  if (kind === 'space') return phrase('tokenizer-space', 'words between spaces and punctuation');
  if (kind === 'segmenter') {
    const locale = segmenterLocale(spec.language);
    return phrase('tokenizer-segmenter', `Intl.Segmenter (${locale})`, { locale });
  }
  const form = spec.form === 'base' ? 'dictionary forms' : 'surface forms';
  if (spec.dropPos.length === 0) return phrase('tokenizer-kuromoji', `kuromoji (IPADIC), ${form}`, { form });
  const pos = spec.dropPos.join('・');
  return phrase('tokenizer-kuromoji-filtered', `kuromoji (IPADIC), ${form}, without ${pos}`, { form, pos });
}
