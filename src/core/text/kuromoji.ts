/**
 * MeCab-compatible morphological analysis (`@patdx/kuromoji`, IPADIC) as a `Tokenizer`. It splits
 * Japanese the way MeCab does and knows each word's part of speech and dictionary form, which
 * `Intl.Segmenter` does not; the price is a 17 MB dictionary, loaded once per worker on first use.
 *
 * Where the dictionary comes from is set by the host (`setKuromojiDictionary`): the workers fetch
 * the app's own copy (public/dict/ipadic/, copied out of node_modules at build time), tests read
 * node_modules. Files may arrive gzip-compressed or already inflated (a server that sets
 * `Content-Encoding: gzip` for .gz files has the browser inflate them), so the bytes are sniffed.
 */
import type { IpadicFeatures } from '@patdx/kuromoji';
import type { Tokenizer, TokenSink } from './tokenize';

/** Returns the bytes of one dictionary file, by its name in the package (e.g. "base.dat.gz"). */
export type DictionaryFetch = (file: string) => Promise<Uint8Array>;

interface Analyzer {
  tokenize(text: string): IpadicFeatures[];
}

let fetchFile: DictionaryFetch | null = null;
let analyzer: Promise<Analyzer> | null = null;

/** Where the dictionary files come from; forgets a dictionary loaded from elsewhere. */
export function setKuromojiDictionary(fetch: DictionaryFetch): void {
  fetchFile = fetch;
  analyzer = null;
}

/** A `DictionaryFetch` for files under `baseUrl` (absolute, ending in '/'). */
export function dictionaryAt(baseUrl: string): DictionaryFetch {
  return async (file) => {
    const res = await fetch(new URL(file, baseUrl));
    if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  };
}

/** Inflates gzip data (magic bytes 1f 8b); anything else is returned as it is. */
export async function gunzipIfNeeded(bytes: Uint8Array): Promise<Uint8Array> {
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The analyser, built once per worker (about a second and 100+ MB of tables). Rejects when a file is missing. */
export function loadKuromoji(): Promise<Analyzer> {
  if (fetchFile === null) return Promise.reject(new Error('no dictionary location was set'));
  const source = fetchFile;
  analyzer ??= (async () => {
    const { TokenizerBuilder } = await import('@patdx/kuromoji');
    const loader = {
      async loadArrayBuffer(file: string): Promise<ArrayBuffer> {
        const bytes = await gunzipIfNeeded(await source(file));
        // A missing file on a single-page-app host comes back as the app's index.html with status 200.
        if (bytes[0] === 0x3c) throw new Error(`${file} is a web page, not a dictionary file`);
        return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
          ? (bytes.buffer as ArrayBuffer)
          : (bytes.slice().buffer as ArrayBuffer);
      },
    };
    return new TokenizerBuilder({ loader }).build();
  })();
  // A failed load may succeed later (back online): do not cache the failure.
  analyzer.catch(() => {
    analyzer = null;
  });
  return analyzer;
}

export interface KuromojiOptions {
  /** 'surface': the word as written (食べ); 'base': its dictionary form (食べる). */
  form: 'surface' | 'base';
  /** Parts of speech left out, by IPADIC's first level (助詞, 助動詞, 記号 …). */
  dropPos: readonly string[];
  lowercase: boolean;
}

/**
 * Auxiliaries that negate (食べない, 知らぬ, 知らん, 行かず, 行くまい) are kept even when auxiliary
 * verbs are dropped: for sentiment, "not tasty" must not become "tasty".
 */
const NEGATING_AUXILIARIES: ReadonlySet<string> = new Set(['ない', 'ぬ', 'ん', 'ず', 'まい']);

/** Tokens made only of punctuation or spaces are never words, whatever the filter says. */
const WORDISH = /[\p{L}\p{N}]/u;

export class KuromojiTokenizer implements Tokenizer {
  private readonly drop: ReadonlySet<string>;

  constructor(
    private readonly analyzer: Analyzer,
    private readonly options: KuromojiOptions,
  ) {
    this.drop = new Set(options.dropPos);
  }

  tokenize(text: string, sink: TokenSink): void {
    const lines = text.split('\n');
    const base = this.options.form === 'base';
    const lowercase = this.options.lowercase;
    for (let i = 0; i < lines.length; i++) {
      if (i > 0) sink.lineEnd();
      const line = lines[i].endsWith('\r') ? lines[i].slice(0, -1) : lines[i];
      if (line.length === 0) continue;
      for (const t of this.analyzer.tokenize(line)) {
        if (this.drop.has(t.pos) && !(t.pos === '助動詞' && NEGATING_AUXILIARIES.has(t.basic_form))) continue;
        // Unknown words have no dictionary form ('*'): their surface is the best there is.
        let w = base && t.basic_form !== '*' ? t.basic_form : t.surface_form;
        if (!WORDISH.test(w)) continue;
        if (lowercase) w = w.toLowerCase();
        sink.token(w);
      }
    }
  }
}
